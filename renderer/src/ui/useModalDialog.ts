import { useEffect, useRef } from 'react';

/**
 * Opens a native modal `<dialog>` while `isOpen` (it keeps the keyboard inside and closes on Escape), focuses
 * `initialFocus` in it, and gives the focus back to what had it once the dialog closes.
 */
export function useModalDialog<T extends HTMLElement>(isOpen: boolean) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<T>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && !dialog?.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog?.showModal();
      initialFocus.current?.focus();
    } else if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);
  return { dialogRef, initialFocus, restoreFocus: () => returnFocusTo.current?.focus() };
}
