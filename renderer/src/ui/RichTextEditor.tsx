import type { RichTextDoc } from '../../../electron/api/types';

/**
 * The tiptap editor for rich text (an item's body, a collection's description), in the schema the core stores.
 * `value` is the starting content: later changes to it are not applied (give the editor a new `key` to reload it).
 * Placeholder until the editor lands.
 */
export function RichTextEditor(_props: {
  id?: string;
  label: string;
  value: RichTextDoc | undefined;
  onChange(doc: RichTextDoc): void;
  /** The language of the content, for spelling, shaping and direction. */
  lang?: string;
  describedBy?: string;
  placeholder?: string;
}) {
  return null;
}
