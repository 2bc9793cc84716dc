import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../electron/api/errors';
import type { Input } from '../../../../electron/api/operations';
import type { Collection, CollectionEntry } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { call } from '../../api/client';

/** An entry with a key that follows it when it moves (the core knows entries only by their position). */
export interface KeyedEntry {
  readonly key: string;
  readonly entry: CollectionEntry;
}

type EntryEdit =
  | { op: 'collections.moveEntry'; input: Omit<Input<'collections.moveEntry'>, 'ref'> }
  | { op: 'collections.setNote'; input: Omit<Input<'collections.setNote'>, 'ref'> }
  | { op: 'collections.removeEntry'; input: Omit<Input<'collections.removeEntry'>, 'ref'> }
  | { op: 'collections.addSection'; input: Omit<Input<'collections.addSection'>, 'ref'> };

let sectionKeys = 0;

/**
 * Keys for a list of entries, reusing the previous list's: an item is known by its id (it is in a collection
 * once), a section heading by its text, taken in order. The keys of entries that did not change stay put, so
 * that a moved entry keeps its element, and its keyboard focus, when the core's answer replaces our guess.
 */
function keyEntries(entries: readonly CollectionEntry[], previous: readonly KeyedEntry[]): KeyedEntry[] {
  const sections = previous.filter(({ entry }) => entry.type === 'section');
  return entries.map((entry) => {
    if (entry.type === 'item') return { key: `item:${entry.itemId}`, entry };
    const index = sections.findIndex((section) => section.entry.type === 'section' && section.entry.heading === entry.heading);
    const [reused] = index === -1 ? [] : sections.splice(index, 1);
    return { key: reused?.key ?? `section:${(sectionKeys += 1)}`, entry };
  });
}

/**
 * The collection's entries as the builder shows them: a change shows at once, its calls go to the core one
 * after the other (each position was computed on the list before it), and a refused change puts back the
 * collection as the core has it, with the reason.
 */
export function useBuilderEntries(collection: Collection | undefined) {
  const [entries, setEntries] = useState<readonly KeyedEntry[]>([]);
  const [error, setError] = useState<AppError>();
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    // While our own changes are on their way, the list on screen is newer than any reading of the library.
    if (collection && pending.current === 0) setEntries((previous) => keyEntries(collection.entries, previous));
  }, [collection]);

  /** Sends one edit; `guess` shows its outcome before the core answers. Resolves to whether it was made. */
  const edit = (change: EntryEdit, guess?: (entries: readonly KeyedEntry[]) => readonly KeyedEntry[]): Promise<boolean> => {
    if (!collection) return Promise.resolve(false);
    const ref = collection.id;
    setError(undefined);
    if (guess) setEntries(guess);
    pending.current += 1;
    const sent = queue.current.then(async () => {
      const result = await callChange(change.op, { ref, ...change.input } as never);
      pending.current -= 1;
      const answer = result.ok ? result : await call('collections.get', { ref });
      if (!result.ok) setError(result.error);
      if (answer.ok && pending.current === 0) setEntries((previous) => keyEntries((answer.value as Collection).entries, previous));
      return result.ok;
    });
    queue.current = sent;
    return sent;
  };

  return { entries, error, edit, clearError: () => setError(undefined) };
}
