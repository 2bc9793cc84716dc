import { useEffect } from 'react';

/** What the app-wide shortcuts do. */
export interface ShortcutActions {
  openPalette(): void;
  focusSearch(): void;
  move(step: number): void;
  back(): void;
  showHelp(): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Ctrl/Cmd+K anywhere; the single-key shortcuts (/, j, k, ?) only when the user is not typing in a field, so that
 * they never steal a letter.
 */
export function useGlobalShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.metaKey || event.ctrlKey;
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        actions.openPalette();
        return;
      }
      if ((event.altKey && event.key === 'ArrowLeft') || (event.metaKey && event.key === '[')) {
        event.preventDefault();
        actions.back();
        return;
      }
      if (mod || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const action = {
        '/': actions.focusSearch,
        '?': actions.showHelp,
        j: () => actions.move(1),
        k: () => actions.move(-1),
      }[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
