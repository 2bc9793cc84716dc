import type { RichTextDoc } from '../../api/types';

/** An empty document. */
export const emptyDoc: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
