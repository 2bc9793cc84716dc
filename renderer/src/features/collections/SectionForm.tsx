import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A field for a new section heading: at the end of the collection, or below one entry (then it can be cancelled). */
export function SectionForm({ onAdd, onCancel }: { onAdd(heading: string): Promise<boolean>; onCancel?(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [heading, setHeading] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (heading.trim() === '') return;
    if (await onAdd(heading.trim())) setHeading('');
  };

  return (
    <form className="section-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{t('app.collection.newSection')}</label>
      <div className="section-form-row">
        <input
          id={id}
          dir="auto"
          value={heading}
          maxLength={300}
          autoComplete="off"
          // Below an entry, the form is opened from that entry's menu to be typed in at once.
          autoFocus={onCancel !== undefined}
          onChange={(event) => setHeading(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) {
              event.preventDefault();
              onCancel();
            }
          }}
        />
        <button type="submit" className="button button-secondary" disabled={heading.trim() === ''}>
          {t('app.collection.addSection')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
