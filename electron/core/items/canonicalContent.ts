import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { asRevisionHash, type RevisionHash } from '../../api/ids';
import type { ItemContent } from '../../api/types';

// Fields whose order carries no meaning: kept sorted by code unit, so that the hash does not depend on input order.
const setFields = ['translations', 'themes', 'sdgs', 'countries', 'regions', 'tags', 'related', 'audience'] as const;

/**
 * The canonical form of an item's content (docs/item-format.md): empty strings, empty lists and absent values
 * left out, unordered lists sorted and without duplicates, keys in RFC 8785 order. Two libraries that hold the same
 * content compute the same hash from it.
 */
export function canonicalContent(content: ItemContent): ItemContent {
  const entries = Object.entries(content)
    .map(([key, value]) => [key, (setFields as readonly string[]).includes(key) ? sortedSet(value as string[]) : value] as const)
    .filter(([, value]) => !isEmpty(value));
  return Object.fromEntries(entries) as ItemContent;
}

/** SHA-256 of the RFC 8785 serialisation of the canonical content: the item's revision hash. */
export function contentHash(content: ItemContent): RevisionHash {
  return asRevisionHash(createHash('sha256').update(serializeContent(content), 'utf8').digest('hex'));
}

/** The canonical JSON text of an item's content, as stored and hashed. */
export function serializeContent(content: ItemContent): string {
  const text = canonicalize(canonicalContent(content));
  if (text === undefined) throw new Error('item content cannot be serialised');
  return text;
}

function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
