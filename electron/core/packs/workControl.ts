/** How long work (export, checking, import) reports its progress and is stopped. */
export interface WorkControl {
  readonly signal?: AbortSignal | undefined;
  /** Work done so far (bytes, items…), out of the total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Splits one operation's progress into consecutive phases, each a share of the whole (the shares add up to 1):
 * `phases(control, [0.4, 0.6])(1)` reports its own progress as the last 60 % of the whole, in thousandths.
 */
export function progressPhases(control: WorkControl, shares: readonly number[]): (phase: number) => WorkControl {
  return (phase) => {
    const start = shares.slice(0, phase).reduce((sum, share) => sum + share, 0);
    const share = shares[phase] ?? 0;
    return {
      signal: control.signal,
      onProgress: (done, total) => control.onProgress?.(Math.round((start + (total === 0 ? share : (share * done) / total)) * 1000), 1000),
    };
  };
}
