import { Plus } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { itemKinds } from '../../../../electron/api/vocabularyCodes';
import { navigate } from '../shell/navigation';
import { isMac } from '../shell/useGlobalShortcuts';
import './editor.css';

// Ctrl/Cmd+N is handled by the app's shortcuts, which ask the button to open its choices.
const openers = new Set<() => void>();

/** Opens the choice of kind for a new item (the Ctrl/Cmd+N shortcut). */
export function startNewItem(): void {
  for (const open of openers) open();
}

/** Starts a new item: the user first chooses its kind (practice, policy document, toolkit). */
export function NewItemButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const open = () => setIsOpen(true);
    openers.add(open);
    return () => void openers.delete(open);
  }, []);
  useEffect(() => {
    if (isOpen) listRef.current?.querySelector('button')?.focus();
  }, [isOpen]);

  const close = (isFocusReturned: boolean) => {
    setIsOpen(false);
    if (isFocusReturned) buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (step !== 0) {
      event.preventDefault();
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    }
  };

  return (
    <div
      className="new-item"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (isOpen && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button new-item-button"
        aria-expanded={isOpen}
        aria-controls="new-item-kinds"
        aria-keyshortcuts={isMac ? 'Meta+N' : 'Control+N'}
        onClick={() => setIsOpen((open) => !open)}
      >
        <Plus size={16} aria-hidden="true" />
        {t('app.editor.newItem')}
      </button>
      {isOpen && (
        <ul id="new-item-kinds" ref={listRef} className="new-item-kinds" aria-label={t('app.editor.chooseKind')}>
          {itemKinds.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                onClick={() => {
                  close(false);
                  navigate({ newKind: kind, itemId: undefined });
                  // Starting another item of the kind already being written keeps its editor: go to its title.
                  document.getElementById('editor-title')?.focus();
                }}
              >
                <span className={`kind-dot kind-${kind}`} aria-hidden="true" />
                {t(`app.editor.newKind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
