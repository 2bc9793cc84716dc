import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useField } from './EditorContext';

/** The item's authors, one per line: names are written as they are, so a plain list is the quickest to type. */
export function AuthorsField() {
  const { t } = useTranslation();
  const { id, value, set, error, errorId, language } = useField('authors');
  // The text is kept as typed (with its empty last line while a name is being added); the item gets the names.
  const [text, setText] = useState(() => (Array.isArray(value) ? (value as string[]).join('\n') : ''));
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{t('field.authors')}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          set(
            event.target.value
              .split('\n')
              .map((name) => name.trim())
              .filter((name) => name !== ''),
          );
        }}
        lang={language}
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
      />
      <p id={hintId} className="field-hint">
        {t('app.editor.onePerLine')}
      </p>
      <FieldError field="authors" id={errorId} error={error} />
    </div>
  );
}
