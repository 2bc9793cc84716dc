import type * as richTextModule from './richText';

/** The rich-text conversions: parse, plain text, sanitised HTML. */
export type RichText = typeof richTextModule;

let loaded: Promise<RichText> | undefined;

/**
 * Loads the rich-text module, which brings tiptap and sanitize-html: over half of the CLI's start-up if loaded
 * eagerly. Only writes need it, so they await it before their transaction and pass it down.
 */
export function loadRichText(): Promise<RichText> {
  loaded ??= import('./richText');
  return loaded;
}
