import type { Draft } from './draft';

// Drafts with values that could not be saved, left when the user moved elsewhere without leaving through Done
// (a click in the list, Back): opening the item's editor again brings them back instead of losing them. Kept for
// the life of the window, like the text of a form in any browser tab.
const kept = new Map<string, Draft>();

/** Keeps a draft that still has refused values, for the next time this item is edited. */
export function keepDraft(id: string, draft: Draft): void {
  kept.set(id, draft);
}

/** The kept draft of an item, taken out of the store. */
export function takeKeptDraft(id: string): Draft | undefined {
  const draft = kept.get(id);
  kept.delete(id);
  return draft;
}
