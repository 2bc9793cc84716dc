import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before something that cannot be undone. A native modal dialog keeps the keyboard inside it and cancels
 * on Escape; the focus starts on Cancel, so that Enter pressed by habit loses nothing, and goes back where it
 * was when the dialog closes.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  /** Says what will happen ("Delete for good"), never just "OK". */
  confirmLabel: string;
  onConfirm(): void;
  /** Called however the dialog closes: Cancel, Escape, or after onConfirm. */
  onClose(): void;
}) {
  const { t } = useTranslation();
  // Several confirmations can be in the page at once (the sidebar's and a screen's): their ids must differ.
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && !dialog?.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog?.showModal();
      cancelRef.current?.focus();
    } else if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => {
        onClose();
        returnFocusTo.current?.focus();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`} className="confirm-dialog-text">
        {children}
      </div>
      <div className="confirm-dialog-actions">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={() => onClose()}>
          {t('app.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={() => (onConfirm(), onClose())}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
