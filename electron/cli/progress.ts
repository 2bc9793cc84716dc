import type { Session } from './session';

/** How a long command reports progress and stops on Ctrl+C. */
export interface LongWork {
  readonly signal: AbortSignal;
  onProgress(done: number, total: number): void;
  /** Clears the progress line and stops listening for Ctrl+C. */
  finish(): void;
}

/**
 * Progress as a percentage on one line of stderr (only on a terminal, never with --json), and Ctrl+C as a clean
 * cancel: the work stops, takes back what it wrote, and the command ends with its "cancelled" message.
 */
export function longWork(session: Session, messageKey: string): LongWork {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  const isShown = process.stderr.isTTY === true && !session.isJson;
  let shown = -1;
  return {
    signal: controller.signal,
    onProgress(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (!isShown || percent === shown) return;
      shown = percent;
      process.stderr.write(`\r${session.t(messageKey, { percent })}`);
    },
    finish() {
      process.off('SIGINT', cancel);
      if (isShown && shown >= 0) process.stderr.write('\r\u001b[K');
    },
  };
}
