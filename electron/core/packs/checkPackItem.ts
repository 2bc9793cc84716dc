import type { AppError } from '../../api/errors';
import { itemInput } from '../../api/itemInput';
import type { PackItem } from '../../api/packFormat';
import type { ItemContent, RichTextDoc } from '../../api/types';
import { validationError } from '../../api/validationError';
import { canonicalContent, contentHash } from '../items/canonicalContent';
import { contentToInput } from '../items/contentToInput';
import type { RichText } from '../richText/loadRichText';

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
  if (content.body !== undefined && !isKeptAsIs(content.body, context.richText)) {
    return { code: 'pack.unsafeContent', params: { path, field: 'body' } };
  }
  for (const termId of termIdsOf(content)) {
    if (!context.termIds.has(termId)) return { code: 'pack.unknownTerm', params: { path, term: termId } };
  }
  for (const attachment of content.attachments ?? []) {
    if (context.attachments.get(attachment.sha256) !== attachment.size) {
      return { code: 'pack.missingAttachment', params: { path, sha256: attachment.sha256 } };
    }
  }
  if (contentHash(canonicalContent(content)) !== item.revision) return { code: 'pack.revisionMismatch', params: { path } };
  return null;
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

/** Every term id an item names. */
function termIdsOf(content: ItemContent): string[] {
  return [
    ...(content.themes ?? []),
    ...(content.sdgs ?? []).map((code) => `sdg:${code}`),
    ...(content.countries ?? []).map((code) => `country:${code}`),
    ...(content.regions ?? []).map((code) => `region:${code}`),
    ...(content.organisations ?? []).map((organisation) => organisation.id),
  ];
}
