import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  Bold,
  Columns3,
  Grid2x2X,
  Heading2,
  Heading3,
  ImagePlus,
  Italic,
  Link,
  List,
  ListOrdered,
  Redo2,
  Rows3,
  Table,
  TextQuote,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, editorShortcuts, shortcutText } from './shortcuts';
import { useRovingFocus } from './useRovingFocus';

interface ToolbarButton {
  readonly key: string;
  readonly icon: LucideIcon;
  readonly shortcut?: string;
  /** For toggles (marks, headings, lists): whether the selection has it. */
  readonly isPressed?: boolean;
  readonly isDisabled?: boolean;
  run(): void;
}

/** The formatting toolbar above the editable area: one tab stop, arrow keys between buttons. */
export function RichTextToolbar({
  editor,
  label,
  onLink,
  onImage,
}: {
  editor: Editor;
  /** The accessible name of the toolbar ("Formatting: Body"). */
  label: string;
  onLink(): void;
  onImage(): void;
}) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      isInTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const groups: ToolbarButton[][] = [
    [
      { key: 'heading2', icon: Heading2, isPressed: state.heading2, run: () => chain().toggleHeading({ level: 2 }).run() },
      { key: 'heading3', icon: Heading3, isPressed: state.heading3, run: () => chain().toggleHeading({ level: 3 }).run() },
    ],
    [
      { key: 'bold', icon: Bold, isPressed: state.bold, run: () => chain().toggleBold().run() },
      { key: 'italic', icon: Italic, isPressed: state.italic, run: () => chain().toggleItalic().run() },
    ],
    [
      { key: 'bulletList', icon: List, isPressed: state.bulletList, run: () => chain().toggleBulletList().run() },
      { key: 'orderedList', icon: ListOrdered, isPressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
      { key: 'blockquote', icon: TextQuote, isPressed: state.blockquote, run: () => chain().toggleBlockquote().run() },
    ],
    [
      { key: 'link', icon: Link, isPressed: state.link, run: onLink },
      { key: 'image', icon: ImagePlus, run: onImage },
      {
        key: 'table',
        icon: Table,
        isDisabled: state.isInTable,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
    ],
    state.isInTable
      ? [
          { key: 'addRow', icon: BetweenHorizontalEnd, run: () => chain().addRowAfter().run() },
          { key: 'addColumn', icon: BetweenVerticalEnd, run: () => chain().addColumnAfter().run() },
          { key: 'deleteRow', icon: Rows3, run: () => chain().deleteRow().run() },
          { key: 'deleteColumn', icon: Columns3, run: () => chain().deleteColumn().run() },
          { key: 'deleteTable', icon: Grid2x2X, run: () => chain().deleteTable().run() },
        ]
      : [],
    [
      { key: 'undo', icon: Undo2, isDisabled: !state.canUndo, run: () => chain().undo().run() },
      { key: 'redo', icon: Redo2, isDisabled: !state.canRedo, run: () => chain().redo().run() },
    ],
  ].filter((group) => group.length > 0);
  const buttons = groups.flat();
  const roving = useRovingFocus(buttons.map((button) => button.key));

  return (
    <div role="toolbar" aria-label={label} className="rich-text-toolbar" onKeyDown={roving.onKeyDown}>
      {groups.map((group, index) => (
        <Fragment key={group[0]?.key}>
          {index > 0 && <span className="rich-text-toolbar-separator" role="separator" aria-orientation="vertical" />}
          {group.map((button) => {
            const shortcut = button.key in editorShortcuts ? editorShortcuts[button.key as keyof typeof editorShortcuts] : undefined;
            const name = t(`app.richText.${button.key}`);
            const Icon = button.icon;
            return (
              <button
                key={button.key}
                type="button"
                className="rich-text-button"
                data-roving-key={button.key}
                tabIndex={roving.tabIndexOf(button.key)}
                aria-label={name}
                title={shortcut ? `${name} (${shortcutText(shortcut)})` : name}
                aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
                aria-pressed={button.isPressed}
                // Still focusable, so that arrowing along the toolbar does not skip what cannot be done right now.
                aria-disabled={button.isDisabled || undefined}
                onFocus={() => roving.onFocus(button.key)}
                // Keep the editor's selection: the button acts on it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (!button.isDisabled) button.run();
                }}
              >
                <Icon size={18} aria-hidden="true" />
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
