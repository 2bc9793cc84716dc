import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';

/**
 * Asks for a saved search's name (to save a query, or to rename one); it opens when it is rendered. A native modal
 * dialog keeps the keyboard inside and closes on Escape; a refused name (already taken) is said under the field,
 * and the dialog stays.
 */
export function SavedSearchNameDialog({
  title,
  submitLabel,
  initialName,
  onSubmit,
  onClose,
}: {
  title: string;
  submitLabel: string;
  initialName: string;
  /** Saves; an error keeps the dialog open and shows the message next to the field. */
  onSubmit(name: string): Promise<AppError | undefined>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<AppError>();
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    inputRef.current?.select();
  }, []);

  // Closing through the element fires its close event, which gives the focus back before the dialog goes.
  const close = () => dialogRef.current?.close();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError({ code: 'input.empty', params: { field: t('app.savedSearches.name') } });
    setIsSaving(true);
    const failure = await onSubmit(name.trim());
    setIsSaving(false);
    if (failure) {
      setError(failure);
      inputRef.current?.focus();
    } else close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog saved-search-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="saved-search-field">
          <label htmlFor={`${id}-name`}>{t('app.savedSearches.name')}</label>
          <input
            ref={inputRef}
            id={`${id}-name`}
            type="text"
            dir="auto"
            maxLength={200}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {t(`error.${error.code}`, error.params)}
            </p>
          )}
        </div>
        <div className="confirm-dialog-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button" disabled={isSaving}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
