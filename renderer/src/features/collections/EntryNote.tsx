import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/isolate';

// Long enough not to save on every letter, short enough that closing the window soon after loses nothing.
const saveDelayMs = 800;

/** The trainer's note under an item: read, or written in place (saved as it is typed and when the field is left). */
export function EntryNote({
  note,
  title,
  isEditing,
  onSave,
  onDone,
}: {
  note: string;
  title: string;
  isEditing: boolean;
  onSave(note: string): void;
  /** The field was left; `isByEscape` when the keyboard asked to leave it, to put the focus back on the entry. */
  onDone(isByEscape: boolean): void;
}) {
  const { t } = useTranslation();
  if (isEditing) return <NoteField note={note} title={title} onSave={onSave} onDone={onDone} />;
  if (!note) return null;
  return (
    <p className="entry-note">
      <span className="visually-hidden">
        {t('field.note')}
        {t('colon')}
      </span>
      {/* The note keeps its own direction, whatever the language of the hidden label before it. */}
      <span dir="auto">{note}</span>
    </p>
  );
}

function NoteField({
  note,
  title,
  onSave,
  onDone,
}: {
  note: string;
  title: string;
  onSave(note: string): void;
  onDone(isByEscape: boolean): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(note);
  const saved = useRef(note);

  const save = () => {
    if (draft.trim() === saved.current) return;
    saved.current = draft.trim();
    onSave(draft.trim());
  };

  useEffect(() => {
    if (draft.trim() === saved.current) return;
    const timer = setTimeout(save, saveDelayMs);
    return () => clearTimeout(timer);
  });

  return (
    <div className="entry-note-field">
      <label htmlFor={id} className="visually-hidden">
        {t('app.collection.noteOn', { title: isolate(title) })}
      </label>
      <textarea
        id={id}
        dir="auto"
        rows={3}
        maxLength={5000}
        value={draft}
        placeholder={t('app.collection.notePlaceholder')}
        // Opened from the entry's menu to be written in at once.
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          save();
          onDone(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            save();
            onDone(true);
          }
        }}
      />
    </div>
  );
}
