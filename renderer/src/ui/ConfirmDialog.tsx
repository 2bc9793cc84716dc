import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

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
  const { dialogRef, initialFocus: cancelRef, restoreFocus } = useModalDialog<HTMLButtonElement>(isOpen);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => {
        onClose();
        restoreFocus();
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
