import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The modal of the pack screens (export, import), open while it is mounted. A native modal dialog keeps the
 * keyboard inside it; Escape closes it, except while a job runs, which Cancel stops first. The focus goes back
 * where it was when it closes.
 */
export function PackDialog({
  title,
  isBusy = false,
  onClose,
  children,
}: {
  title: ReactNode;
  isBusy?: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      returnFocusTo?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="pack-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onClose();
      }}
    >
      <h2 id={titleId} className="pack-dialog-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
