import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLink } from './safeUrl';

/**
 * The extensions that make the editor's schema: the core's list (StarterKit, TableKit, Image, in
 * electron/core/richText/richTextExtensions.ts), configured only in ways that leave the node and mark types and
 * their attributes as they are. `test/richTextSchema.test.ts` holds the two lists to the same schema.
 */
export const richTextSchemaExtensions = [
  StarterKit.configure({
    link: {
      // A click places the caret to edit the text; following a link is the item view's job.
      openOnClick: false,
      // Links the core would strip on saving are refused here already, whether typed, pasted or autolinked.
      isAllowedUri: (url) => isSafeLink(url),
      shouldAutoLink: (url) => isSafeLink(url),
    },
  }),
  TableKit,
  // Images travel inside the item as data: addresses (see safeUrl.ts); the stock rule would drop them whenever
  // a picture is cut and pasted within the editor.
  Image.configure({ allowBase64: true }),
];
