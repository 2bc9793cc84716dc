/** True on a Mac, where ⌘ plays the part of Ctrl. */
const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The editor's shortcuts, in tiptap's notation (`Mod` is ⌘ on a Mac, Ctrl elsewhere). */
export const editorShortcuts = {
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  bold: 'Mod-b',
  italic: 'Mod-i',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  blockquote: 'Mod-Shift-b',
  link: 'Mod-k',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
  toolbar: 'Alt-F10',
} as const;

/** A shortcut as people read it on their system: `Ctrl+Shift+7`, `⌘⇧7`. */
export function shortcutText(shortcut: string): string {
  const keys = shortcut.split('-').map((key) => (key.length === 1 ? key.toUpperCase() : key));
  if (!isMac) return keys.map((key) => (key === 'Mod' ? 'Ctrl' : key)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
  return keys.map((key) => symbols[key] ?? key).join('');
}

/** A shortcut as `aria-keyshortcuts` names it: `Control+Shift+7`. */
export function ariaShortcut(shortcut: string): string {
  return shortcut
    .split('-')
    .map((key) => (key === 'Mod' ? (isMac ? 'Meta' : 'Control') : key.length === 1 ? key.toUpperCase() : key))
    .join('+');
}
