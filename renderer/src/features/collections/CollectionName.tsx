import { Pencil } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { nameTakenError } from './nameTaken';

/**
 * The collection's name as its heading, renamed in place: Enter or leaving the field saves, Escape keeps the old
 * name. A refused name (one already taken) keeps the field open with the reason beside it.
 */
export function CollectionName({ id, name, headingRef }: { id: string; name: string; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<AppError>();
  const collections = useCall('collections.list', draft === undefined ? null : {}).value;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const isSaving = useRef(false);
  // Set once the field is left, so that the blur of a field going away (after Escape) saves nothing.
  const isLeft = useRef(false);

  // Leaving by the keyboard puts the focus back on the rename button, which comes back on the next render.
  const stop = (isByKeyboard: boolean) => {
    isLeft.current = true;
    setDraft(undefined);
    setError(undefined);
    if (isByKeyboard) requestAnimationFrame(() => buttonRef.current?.focus());
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === undefined || isSaving.current || isLeft.current) return;
    if (draft.trim() === name || draft.trim() === '') {
      stop(event !== undefined);
      return;
    }
    const taken = nameTakenError(collections, { name: draft, exceptId: id });
    if (taken) return setError(taken);
    isSaving.current = true;
    const result = await callChange('collections.update', { ref: id, name: draft });
    isSaving.current = false;
    if (result.ok) stop(event !== undefined);
    else setError(result.error);
  };

  if (draft === undefined) {
    return (
      <div className="collection-name">
        <h2 ref={headingRef} className="pane-title" dir="auto" tabIndex={-1}>
          {name}
        </h2>
        <button
          ref={buttonRef}
          type="button"
          className="icon-button collection-rename"
          aria-label={t('app.collection.rename')}
          title={t('app.collection.rename')}
          onClick={() => {
            isLeft.current = false;
            setDraft(name);
          }}
        >
          <Pencil size={16} aria-hidden="true" />
        </button>
      </div>
    );
  }
  return (
    <form className="collection-name collection-field" onSubmit={(event) => void save(event)}>
      <label htmlFor={fieldId} className="visually-hidden">
        {t('app.collection.name')}
      </label>
      <input
        id={fieldId}
        className="collection-name-input"
        dir="auto"
        value={draft}
        maxLength={300}
        autoComplete="off"
        // The field replaces the heading when the user asks to rename it.
        autoFocus
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(undefined);
        }}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            stop(true);
          }
        }}
      />
      {error && (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {t(`error.${error.code}`, error.params)}
        </p>
      )}
    </form>
  );
}
