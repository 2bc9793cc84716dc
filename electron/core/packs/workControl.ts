/** How long work (export, checking, import) reports its progress and is stopped. */
export interface WorkControl {
  readonly signal?: AbortSignal | undefined;
  /** Bytes done so far, out of the total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}
