import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextDoc } from '../../../electron/api/types';
import { useLanguage } from '../i18n/useLanguage';
import { cleanPastedHtml } from './richText/cleanPastedHtml';
import { ImageDialog } from './richText/ImageDialog';
import { LinkDialog } from './richText/LinkDialog';
import { richTextSchemaExtensions } from './richText/richTextSchema';
import { RichTextToolbar } from './richText/RichTextToolbar';
import { editorShortcuts, shortcutText } from './richText/shortcuts';
import { WordCount } from './richText/WordCount';
import './RichTextEditor.css';

const emptyDoc: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The tiptap editor for rich text (an item's body, a collection's description), in the schema the core stores.
 * `value` is the starting content: later changes to it are not applied (give the editor a new `key` to reload it).
 */
export function RichTextEditor({
  id,
  label,
  value,
  onChange,
  lang,
  describedBy,
  placeholder,
}: {
  id?: string;
  label: string;
  value: RichTextDoc | undefined;
  onChange(doc: RichTextDoc): void;
  /** The language of the content, for spelling, shaping and direction. */
  lang?: string;
  describedBy?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const ownId = useId();
  const editableId = id ?? `${ownId}-editable`;
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<{ type: 'link'; href: string } | { type: 'image' } | null>(null);

  // The editor is made once; what changes later reaches its callbacks through these refs.
  const latest = useRef({ onChange, placeholder, openLink: (_editor: Editor) => {} });
  useEffect(() => {
    latest.current = {
      onChange,
      placeholder,
      openLink: (editor) => {
        editor.chain().focus().extendMarkRange('link').run();
        setDialog({ type: 'link', href: String(editor.getAttributes('link').href ?? '') });
      },
    };
  });

  const extensions = useMemo(
    () => [
      ...richTextSchemaExtensions,
      // eslint-disable-next-line react-hooks/refs -- tiptap calls this when it draws the empty editor, never while React renders.
      Placeholder.configure({ placeholder: () => latest.current.placeholder ?? '', showOnlyWhenEditable: true }),
    ],
    [],
  );
  const describedByIds = [describedBy, `${ownId}-hint`].filter(Boolean).join(' ');
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: editableId,
        class: 'rich-text-content prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${ownId}-label`,
        'aria-describedby': describedByIds,
        lang: lang ?? uiLanguage,
        dir: 'auto',
      },
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        const isMod = event.ctrlKey || event.metaKey;
        if (isMod && !event.altKey && !event.shiftKey && event.code === 'KeyK') {
          event.preventDefault();
          latest.current.openLink(editorRef.current as Editor);
          return true;
        }
        if (event.altKey && event.key === 'F10') {
          event.preventDefault();
          toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
          return true;
        }
        return false;
      },
    }),
    [editableId, ownId, describedByIds, lang, uiLanguage],
  );
  const editorRef = useRef<Editor | null>(null);
  // The options keep their identity from one render to the next: tiptap hands changed options to the editor
  // view, which then puts its own selection back on the page, undoing a selection the user is making (a save
  // landing while Shift+arrows extend a selection lost a step, and Ctrl+K then linked nothing).
  const [initialContent] = useState(() => (value ?? emptyDoc) as JSONContent);
  const onUpdate = useCallback(({ editor: changed }: { editor: Editor }) => latest.current.onChange(changed.getJSON() as RichTextDoc), []);
  const editor = useEditor({
    extensions,
    content: initialContent,
    // The content security policy refuses inline <style>; RichTextEditor.css has what tiptap would inject.
    injectCSS: false,
    editorProps,
    onUpdate,
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  return (
    <div className="rich-text-editor">
      <label id={`${ownId}-label`} className="rich-text-label" onClick={() => editor.commands.focus()}>
        {label}
      </label>
      <div
        ref={toolbarRef}
        onKeyDown={(event) => {
          // Escape goes back to the text from the toolbar.
          if (event.key === 'Escape' && !event.defaultPrevented) editor.commands.focus();
        }}
      >
        <RichTextToolbar
          editor={editor}
          label={t('app.richText.toolbar', { field: label })}
          onLink={() => latest.current.openLink(editor)}
          onImage={() => setDialog({ type: 'image' })}
        />
      </div>
      <EditorContent editor={editor} className="rich-text-frame" />
      <div className="rich-text-footer">
        <p id={`${ownId}-hint`} className="rich-text-hint">
          {t('app.richText.toolbarHint', {
            toolbar: shortcutText(editorShortcuts.toolbar),
            link: shortcutText(editorShortcuts.link),
          })}
        </p>
        <WordCount editor={editor} language={lang ?? uiLanguage} />
      </div>
      <LinkDialog
        isOpen={dialog?.type === 'link'}
        initialHref={dialog?.type === 'link' ? dialog.href : ''}
        onApply={(href) => {
          const chain = editor.chain().focus();
          if (editor.state.selection.empty && !editor.isActive('link')) {
            chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
          } else chain.extendMarkRange('link').setLink({ href }).run();
        }}
        onRemove={() => editor.chain().focus().extendMarkRange('link').unsetLink().run()}
        onClose={() => setDialog(null)}
      />
      <ImageDialog
        isOpen={dialog?.type === 'image'}
        onInsert={(image) => editor.chain().focus().setImage(image).run()}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
