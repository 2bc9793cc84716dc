import { getSchema, type JSONContent } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import { Node, type Schema } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import type { RichTextDoc } from '../../api/types';
import { emptyDoc } from './emptyDoc';
import { richTextExtensions } from './richTextExtensions';

let schema: Schema | undefined;
let markdown: MarkdownManager | undefined;

/**
 * Turns Markdown (plain text is Markdown too) or ProseMirror JSON into a document of the editor's schema, with
 * unsafe link and image addresses removed. Returns null when the JSON does not fit the schema.
 */
export function parseRichText(input: string | RichTextDoc): RichTextDoc | null {
  schema ??= getSchema(richTextExtensions);
  markdown ??= new MarkdownManager({ extensions: richTextExtensions });
  const parsed = typeof input === 'string' ? markdown.parse(input) : input;
  // The schema wants at least one block; empty Markdown parses to none.
  const json: unknown = parsed.content?.length ? parsed : emptyDoc;
  try {
    const node = Node.fromJSON(schema, removeUnsafeUrls(json));
    node.check();
    return node.toJSON() as RichTextDoc;
  } catch {
    return null;
  }
}

/** True when a document holds no text and no image. */
export function isEmptyRichText(doc: RichTextDoc): boolean {
  return richTextToText(doc) === '' && !JSON.stringify(doc).includes('"image"');
}

/** The document's text, blocks separated by blank lines: what search indexes and previews show. */
export function richTextToText(doc: RichTextDoc): string {
  schema ??= getSchema(richTextExtensions);
  const node = Node.fromJSON(schema, doc);
  return node.textBetween(0, node.content.size, '\n\n', '').trim();
}

/** The document as HTML, sanitised: safe to put in a page or an exported pack. */
export function richTextToHtml(doc: RichTextDoc): string {
  return sanitizeHtml(renderToHTMLString({ content: doc as JSONContent, extensions: richTextExtensions }), sanitizeOptions);
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'u',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'colgroup',
    'col',
    'tbody',
    'thead',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

const safeLink = /^(https?:|mailto:|#)/i;
const safeImage = /^(https?:|data:image\/(png|jpeg|gif|webp);)/i;

// ProseMirror keeps any attribute value, so a pasted `javascript:` link would survive in the JSON the editor loads.
function removeUnsafeUrls(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(removeUnsafeUrls).filter((node) => node !== undefined);
  if (typeof json !== 'object' || json === null) return json;
  const node = json as { type?: unknown; attrs?: { src?: unknown }; marks?: unknown[]; content?: unknown[] };
  if (node.type === 'image' && !safeImage.test(String(node.attrs?.src ?? ''))) return undefined;
  const marks = node.marks?.filter((mark) => {
    const { type, attrs } = mark as { type?: unknown; attrs?: { href?: unknown } };
    return type !== 'link' || safeLink.test(String(attrs?.href ?? ''));
  });
  return {
    ...node,
    ...(marks ? { marks } : {}),
    ...(node.content ? { content: removeUnsafeUrls(node.content) } : {}),
  };
}
