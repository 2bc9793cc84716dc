import type { Item } from '../../../../electron/api/types';
import type { ItemKind } from '../../../../electron/api/vocabularyCodes';

/**
 * The form's state: an item in the public input format (docs/item-format.md), as typed so far. Values may be
 * invalid or empty; `cleanDraft` and the contract's schema decide what can be saved.
 */
export type Draft = Readonly<Record<string, unknown>>;

// What the library keeps itself: never part of what the editor sends (`updateItem` ignores them too).
const libraryKeys = new Set(['id', 'revision', 'createdAt', 'updatedAt', 'deletedAt', 'provenance', 'bodyText', 'bodyHtml']);

/** A stored item as the form holds it: terms stay ids, organisations name their term id. */
export function itemToDraft(item: Item): Draft {
  const draft: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!libraryKeys.has(key)) draft[key] = value;
  if (item.organisations) draft.organisations = item.organisations.map(({ id, role }) => ({ name: id, role }));
  return draft;
}

/** A new item of a kind, in the interface language until the cataloguer chooses another. */
export function newDraft(kind: ItemKind, language: string): Draft {
  return { kind, language, status: 'draft' };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The draft without its empty fields (an empty field is an absent one), ready for the schema. */
export function cleanDraft(draft: Draft): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (key === 'period' && typeof value === 'object' && value !== null) {
      const { from, to } = value as { from?: string; to?: string };
      if (isEmpty(from) && isEmpty(to)) continue;
      clean.period = isEmpty(to) ? { from: from ?? '' } : { from: from ?? '', to };
    } else if (!isEmpty(value)) clean[key] = value;
  }
  return clean;
}

/** The fields whose value differs between two cleaned inputs: each new value, or null where a field was cleared. */
export function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key] ?? null;
  }
  return changes;
}

/** A saved input with changes applied as `items.update` applies them: null clears a field. */
export function applyChanges(
  before: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const after: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete after[key];
    else after[key] = value;
  }
  return after;
}
