import { useEffect, useState } from 'react';
import type { AppError } from '../../../electron/api/errors';
import type { Input, OpName, Outputs } from '../../../electron/api/operations';
import { useLibraryVersion } from './callChange';
import { call } from './client';

/** The state of one call: its last value, or its error, and whether a newer answer is on its way. */
export interface CallState<T> {
  readonly value: T | undefined;
  readonly error: AppError | undefined;
  readonly isLoading: boolean;
}

/**
 * Calls an operation whenever its input changes (compared as JSON), and keeps the last answer on screen while
 * the next one loads (a view showing another thing altogether, such as another collection, is keyed by its id). An answer that arrives after a newer request was made is dropped.
 * It calls again, quietly, after each change this window makes to the library (`callChange`).
 * A null input makes no call.
 */
export function useCall<K extends OpName>(name: K, input: Input<K> | null): CallState<Outputs[K]> {
  const key = input === null ? null : JSON.stringify([name, input]);
  const [answer, setAnswer] = useState<{ key: string; value?: Outputs[K]; error?: AppError }>();
  const libraryVersion = useLibraryVersion();

  useEffect(() => {
    if (key === null) return;
    let isCurrent = true;
    const [, parsedInput] = JSON.parse(key) as [K, Input<K>];
    void call(name, parsedInput).then((result) => {
      if (isCurrent) setAnswer(result.ok ? { key, value: result.value } : { key, error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [name, key, libraryVersion]);

  return { value: answer?.value, error: answer?.error, isLoading: key !== null && answer?.key !== key };
}
