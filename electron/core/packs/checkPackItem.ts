import type { AppError } from '../../api/errors';
import { itemInput } from '../../api/itemInput';
import { termIdPrefixes, type PackItem } from '../../api/packFormat';
import type { ItemContent, RichTextDoc } from '../../api/types';
import { validationError } from '../../api/validationError';
import { canonicalContent, contentHash } from '../items/canonicalContent';
import { contentToInput } from '../items/contentToInput';
import type { RichText } from '../richText/loadRichText';
import { termReferences } from '../items/termReferences';

/** What an item may refer to: the pack's terms and attachments. */
export interface PackReferences {
  readonly termIds: ReadonlySet<string>;
  /** Attachment sizes by SHA-256, for every attachment file the pack lists. */
  readonly attachments: ReadonlyMap<string, number>;
}

/**
 * Checks an item of a pack as the core checks its own: the item format's schema, a body that the rich-text schema
 * keeps as it is (a script, an event handler or a `javascript:` link would not survive it: such an item is
 * refused, never stored), terms and attachments the pack carries, and a revision hash that matches the content.
 */
export function checkPackItem(path: string, item: PackItem, context: PackReferences & { richText: RichText }): AppError | null {
  const content = item.content as unknown as ItemContent;
  const parsed = itemInput.safeParse(contentToInput(content));
  if (!parsed.success) {
    const failure = validationError(parsed.error, contentToInput(content));
    return { code: 'pack.itemInvalid', params: { path, field: failure.ok ? '' : String(failure.error.params.field ?? '') } };
  }
  if (content.body !== undefined && isNestedDeeper(content.body, maxRichTextDepth))
    return { code: 'pack.itemInvalid', params: { path, field: 'body' } };
  if (content.body !== undefined && !isKeptAsIs(content.body, context.richText)) {
    return { code: 'pack.unsafeContent', params: { path, field: 'body' } };
  }
  for (const { termId, field } of termReferences(content)) {
    // A theme must be a theme: the pack's own vocabularies.json must not pass an SDG off as one, or the reverse.
    if (!context.termIds.has(termId) || !termId.startsWith(termIdPrefixes[field]))
      return { code: 'pack.unknownTerm', params: { path, term: termId } };
  }
  for (const attachment of content.attachments ?? []) {
    if (context.attachments.get(attachment.sha256) !== attachment.size) {
      return { code: 'pack.missingAttachment', params: { path, sha256: attachment.sha256 } };
    }
  }
  if (contentHash(canonicalContent(content)) !== item.revision) return { code: 'pack.revisionMismatch', params: { path } };
  return null;
}

/** Far deeper than any document the editor makes (lists in tables in quotes reach about 20). */
export const maxRichTextDepth = 200;

/**
 * True when a JSON value nests deeper than `limit`. Walks without recursion: the rich-text parser and the
 * canonical serialiser recurse, and a hostile document thousands of levels deep would overflow their stack.
 */
export function isNestedDeeper(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop() as [unknown, number];
    if (depth > limit) return true;
    if (next !== null && typeof next === 'object') for (const inner of Object.values(next)) pending.push([inner, depth + 1]);
  }
  return false;
}

/** True when the rich-text schema keeps a document exactly as given: nothing unknown or unsafe was in it. */
export function isKeptAsIs(doc: RichTextDoc, richText: RichText): boolean {
  const kept = richText.parseRichText(doc);
  return kept !== null && JSON.stringify(sortKeys(kept)) === JSON.stringify(sortKeys(doc));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}
