import type { ItemKind } from '../../../../electron/api/vocabularyCodes';
import { useState } from 'react';
import { useCall } from '../../api/useCall';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { cleanDraft, itemToDraft, newDraft } from './draft';
import { EditorForm } from './EditorForm';
import { takeKeptDraft } from './keptDrafts';
import './editor.css';

/**
 * The item editor: an existing item (`id`) or a new one of `newKind`. A new item keeps this same editor once it
 * is created and gets its id, so that the focus and what is being typed stay where they are.
 */
export function ItemEditor({ id, newKind }: { id?: string; newKind?: ItemKind }) {
  const [startKind] = useState(newKind);
  const language = useLanguage();
  const [start] = useState(() => (startKind ? newDraft(startKind, language) : undefined));
  if (startKind && start) return <EditorForm kind={startKind} initialDraft={start} saved={{}} />;
  return id ? <ExistingItemEditor id={id} /> : null;
}

function ExistingItemEditor({ id }: { id: string }) {
  const { value: item, error } = useCall('items.get', { id });
  // The form starts from the item as first loaded; the refreshes that follow each save must not reset it.
  const [loaded, setLoaded] = useState<typeof item>();
  if (item && !loaded) setLoaded(item);
  const [kept] = useState(() => takeKeptDraft(id));
  if (error) return <ErrorMessage error={error} />;
  if (!loaded) return null;
  const saved = itemToDraft(loaded);
  return (
    <EditorForm
      itemId={id}
      kind={loaded.kind}
      initialDraft={kept ?? saved}
      isKept={kept !== undefined}
      saved={cleanDraft(saved)}
      savedAt={new Date(loaded.updatedAt)}
    />
  );
}
