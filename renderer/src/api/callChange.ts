import { useSyncExternalStore } from 'react';
import type { Result } from '../../../electron/api/errors';
import type { Input, OpName, Outputs } from '../../../electron/api/operations';
import { call } from './client';

// Counts the writes this window made. Every read (`useCall`, the search) asks again when it moves, so that the
// sidebar's counts, the lists and the open item never show the library as it was before a change made here.
let version = 0;
const listeners = new Set<() => void>();

/** Calls an operation that changes the library; when it succeeds, every view reading the library refreshes. */
export async function callChange<K extends OpName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>> {
  const result = await call(name, input);
  if (result.ok) {
    version += 1;
    for (const listener of listeners) listener();
  }
  return result;
}

/** How many changes this window has made to the library; a read that depends on it runs again after each. */
export function useLibraryVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
