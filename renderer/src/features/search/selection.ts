import { useSyncExternalStore } from 'react';

// The items the user has ticked in a list, to add to a collection or export together. It outlives a change of
// query, so that a selection can be gathered from several searches.
let selected: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(next: ReadonlySet<string>): void {
  selected = next;
  for (const listener of listeners) listener();
}

/** The ids of the ticked items, in the order they were ticked. */
export function useSelection(): ReadonlySet<string> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => selected,
  );
}

/** Ticks or unticks one item. */
export function toggleSelected(id: string): void {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  publish(next);
}

/** Ticks all of these items, keeping those already ticked. */
export function selectAll(ids: readonly string[]): void {
  publish(new Set([...selected, ...ids]));
}

/** Unticks everything. */
export function clearSelection(): void {
  publish(new Set());
}
