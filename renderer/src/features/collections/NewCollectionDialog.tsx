import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Collection } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { useModalDialog } from '../../ui/useModalDialog';
import { nameTakenError } from './nameTaken';

/**
 * Asks for a new collection's name and creates it. A native modal dialog: the keyboard stays inside, Escape
 * cancels, and the focus goes back where it was. A refused name (one already taken) is said next to the field.
 */
export function NewCollectionDialog({
  isOpen,
  onClose,
  onCreated,
}: {
  isOpen: boolean;
  /** Called however the dialog closes, after onCreated when a collection was made. */
  onClose(): void;
  onCreated(collection: Collection): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { dialogRef, restoreFocus } = useModalDialog(isOpen);
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError>();
  const [isSaving, setIsSaving] = useState(false);
  const collections = useCall('collections.list', isOpen ? {} : null).value;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const taken = nameTakenError(collections, { name });
    if (taken) return setError(taken);
    setIsSaving(true);
    const result = await callChange('collections.create', { name });
    setIsSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onCreated(result.value);
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog collection-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        setName('');
        setError(undefined);
        onClose();
        restoreFocus();
      }}
    >
      {isOpen && (
        <form onSubmit={(event) => void submit(event)}>
          <h2 id={`${id}-title`}>{t('app.collection.newTitle')}</h2>
          <div className="collection-field">
            <label htmlFor={`${id}-name`}>{t('app.collection.name')}</label>
            <input
              id={`${id}-name`}
              dir="auto"
              value={name}
              required
              maxLength={300}
              autoComplete="off"
              // The dialog is opened on purpose, for this one field.
              autoFocus
              aria-invalid={error !== undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => {
                setName(event.target.value);
                setError(undefined);
              }}
            />
            {error && (
              <p id={`${id}-error`} className="field-error" role="alert">
                {t(`error.${error.code}`, error.params)}
              </p>
            )}
          </div>
          <div className="confirm-dialog-actions">
            <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="button" disabled={isSaving || name.trim() === ''}>
              {t('app.collection.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
