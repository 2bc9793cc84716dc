import { useSyncExternalStore } from 'react';

// Views re-read what they show when the library changes; this counter is what they watch.
let version = 0;
const listeners = new Set<() => void>();

/** Tells every view that the library changed (after a write), so that counts and lists are read again. */
export function libraryChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** A number that goes up each time the library changes. */
export function useLibraryVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
