import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';

/** The tiptap extensions that define the rich-text schema: the editor uses the same list, so stored JSON always fits it. */
export const richTextExtensions = [StarterKit, TableKit, Image];
