import { useEffect } from 'react';

/** What the app-wide shortcuts do. */
export interface ShortcutActions {
  openPalette(): void;
  focusSearch(): void;
  move(step: number): void;
  back(): void;
  showHelp(): void;
  /** Opens the choice of kind for a new item. */
  newItem(): void;
}

/** True on a Mac, where ⌘ plays the part of Ctrl (and Ctrl+K stays the text fields' own "delete to end of line"). */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

/**
 * ⌘K or Ctrl+K anywhere; the other shortcuts only when the user is not typing in a field, so that they never
 * steal a letter or a word-by-word move. Letters are read by their place on the keyboard (`KeyJ`), so that they
 * also work with an Arabic or French layout.
 */
export function useGlobalShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && event.code === 'KeyK') {
        event.preventDefault();
        actions.openPalette();
        return;
      }
      // Also while typing: a cataloguer finishing one item starts the next. A browser tab may keep Ctrl+N for
      // itself (a new window); the desktop app and a page that receives the key get it here.
      if (mod && !event.shiftKey && !event.altKey && event.code === 'KeyN') {
        event.preventDefault();
        actions.newItem();
        return;
      }
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if ((!isMac && event.altKey && event.key === 'ArrowLeft') || (isMac && event.metaKey && event.key === '[')) {
        event.preventDefault();
        actions.back();
        return;
      }
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const action =
        event.key === '/'
          ? actions.focusSearch
          : event.key === '?'
            ? actions.showHelp
            : event.code === 'KeyJ'
              ? () => actions.move(1)
              : event.code === 'KeyK'
                ? () => actions.move(-1)
                : undefined;
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
