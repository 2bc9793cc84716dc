import { ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Input } from '../../../../electron/api/operations';
import type { Collection } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RichTextEditor } from '../../ui/RichTextEditor';

// Saved once typing pauses this long, and at once when the editor loses the focus or closes.
const saveDelayMs = 1000;

/** The collection's description: read as text, or written in the rich-text editor when opened. */
export function CollectionDescription({ collection }: { collection: Collection }) {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="collection-description-block">
      {!isOpen && collection.descriptionText && (
        <p className="collection-description" dir="auto">
          {collection.descriptionText}
        </p>
      )}
      <button
        type="button"
        className="link-button collection-description-toggle"
        aria-expanded={isOpen}
        aria-controls={isOpen ? id : undefined}
        onClick={() => setIsOpen(!isOpen)}
      >
        <ChevronDown size={14} aria-hidden="true" className={isOpen ? 'is-open' : undefined} />
        {isOpen
          ? t('app.collection.closeDescription')
          : collection.descriptionText
            ? t('app.collection.editDescription')
            : t('app.collection.addDescription')}
      </button>
      {isOpen && <DescriptionEditor id={id} collection={collection} />}
    </div>
  );
}

function DescriptionEditor({ id, collection }: { id: string; collection: Collection }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'unsaved' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<AppError>();
  const unsaved = useRef<Input<'collections.update'>['description']>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = async () => {
    clearTimeout(timer.current);
    const description = unsaved.current;
    if (!description) return;
    unsaved.current = undefined;
    setState('saving');
    const result = await callChange('collections.update', { ref: collection.id, description });
    setError(result.ok ? undefined : result.error);
    if (!unsaved.current) setState(result.ok ? 'saved' : 'unsaved');
  };
  // Closing the editor, or leaving the collection, saves what was typed since the last save.
  const saveOnLeave = useRef(save);
  useEffect(() => {
    saveOnLeave.current = save;
  });
  useEffect(() => () => void saveOnLeave.current(), []);

  return (
    <div
      id={id}
      className="collection-description-editor"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) void save();
      }}
    >
      <RichTextEditor
        label={t('app.collection.description')}
        value={collection.description}
        onChange={(doc) => {
          // The contract takes a plain copy; the editor hands out a read-only document.
          unsaved.current = { ...doc, content: doc.content && [...doc.content] };
          setState('unsaved');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), saveDelayMs);
        }}
      />
      <p className="collection-save-state" role="status">
        {state === 'saving' ? t('app.collection.saving') : state === 'saved' ? t('app.collection.saved') : ''}
      </p>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
