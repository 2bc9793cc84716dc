import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from './useGlobalShortcuts';
import './shortcuts.css';

const mod = isMac ? '⌘' : 'Ctrl';

/** The list of keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && !dialog?.open) {
      dialog?.showModal();
      // A modal dialog focuses itself when opened; Enter or Space should close it at once.
      dialog?.querySelector('button')?.focus();
    } else if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);
  const shortcuts: Array<[string, string]> = [
    [`${mod}+K`, t('app.shortcuts.palette')],
    ['/', t('app.shortcuts.focusSearch')],
    ['↓  j', t('app.shortcuts.next')],
    ['↑  k', t('app.shortcuts.previous')],
    ['Enter', t('app.shortcuts.open')],
    [isMac ? '⌘+[' : 'Alt+←', t('app.shortcuts.back')],
    ['?', t('app.shortcuts.help')],
    [`${mod}+N`, t('app.editor.shortcuts.newItem')],
    [`${mod}+S`, t('app.editor.shortcuts.save')],
    ['Esc', t('app.editor.shortcuts.done')],
  ];
  return (
    <dialog ref={dialogRef} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => onClose()}>
      <h2 id="shortcuts-title">{t('app.shortcuts.title')}</h2>
      <dl>
        {shortcuts.map(([keys, action]) => (
          <div key={keys} className="shortcut">
            <dt>
              <kbd dir="ltr">{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={() => onClose()}>
        {t('app.close')}
      </button>
    </dialog>
  );
}
