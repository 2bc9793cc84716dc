import { useSyncExternalStore } from 'react';
import { searchSorts, type SearchSort } from '../../../../electron/api/types';
import { itemKinds, type ItemKind } from '../../../../electron/api/vocabularyCodes';

const views = ['search', 'collection', 'trash', 'vocabularies', 'conflicts'] as const;

/** Where the user is: which list is shown in the middle, and which item is open beside it. */
export interface Place {
  readonly view: (typeof views)[number];
  /** The query typed in the search box (search view). */
  readonly query: string;
  readonly sort?: SearchSort;
  readonly collectionId?: string;
  readonly itemId?: string;
  /** The open item's history is shown in its place; `revision` is the number of the revision chosen in it. */
  readonly history?: { readonly revision?: number };
  /** The open item is shown in its editor. */
  readonly isEditing?: boolean;
  /** A new item of this kind is being written in the item pane (it has no id until its first save). */
  readonly newKind?: ItemKind;
}

// The place lives in the address's fragment, so that back and forward, reloading and bookmarks work, in a browser
// and in the desktop app alike (a fragment change never reloads the page or leaves file://).
function parse(hash: string): Place {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  const sort = params.get('sort') ?? '';
  return {
    view: (views as readonly (string | null)[]).includes(view) ? (view as Place['view']) : 'search',
    query: params.get('q') ?? '',
    sort: (searchSorts as readonly string[]).includes(sort) ? (sort as SearchSort) : undefined,
    collectionId: params.get('collection') ?? undefined,
    itemId: params.get('item') ?? undefined,
    history: params.has('history') ? { revision: revisionNumber(params.get('history') ?? '') } : undefined,
    isEditing: params.has('edit') || undefined,
    newKind: (itemKinds as readonly (string | null)[]).includes(params.get('new')) ? (params.get('new') as ItemKind) : undefined,
  };
}

function revisionNumber(text: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

function format(place: Place): string {
  const params = new URLSearchParams();
  if (place.view !== 'search') params.set('view', place.view);
  if (place.query) params.set('q', place.query);
  if (place.sort) params.set('sort', place.sort);
  if (place.collectionId) params.set('collection', place.collectionId);
  if (place.itemId) params.set('item', place.itemId);
  if (place.itemId && place.history) params.set('history', place.history.revision?.toString() ?? '');
  if (place.itemId && place.isEditing) params.set('edit', '');
  if (place.newKind) params.set('new', place.newKind);
  return `#${params.toString()}`;
}

let current = parse(window.location.hash);
const listeners = new Set<() => void>();

function moved(): void {
  current = parse(window.location.hash);
  for (const listener of listeners) listener();
}
// Back and forward fire popstate; an address edited by hand fires hashchange.
window.addEventListener('popstate', moved);
window.addEventListener('hashchange', moved);

/** How many of this tab's history entries, up to the current one, are places in the app: Back stays inside. */
function depth(): number {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && 'depth' in state && typeof state.depth === 'number' ? state.depth : 0;
}

/** The current place; re-renders on every move, including the browser's back and forward. */
export function usePlace(): Place {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * Moves to a place. Typing in the search box replaces the current history entry (`isReplace`), so that back
 * goes to the previous search or item, not to each letter typed.
 */
export function navigate(changes: Partial<Place>, { isReplace = false }: { isReplace?: boolean } = {}): void {
  // A history or an editor belongs to its item: moving to another item, or to none, leaves it unless the move
  // says otherwise.
  const isOtherItem = 'itemId' in changes && changes.itemId !== current.itemId;
  const itemModes = { history: undefined, isEditing: undefined, newKind: undefined };
  const next = format({ ...current, ...(isOtherItem ? itemModes : {}), ...changes });
  if (next === format(current)) return;
  if (isReplace) history.replaceState({ depth: depth() }, '', next);
  else history.pushState({ depth: depth() + 1 }, '', next);
  moved();
}

/** Goes back one place; from the first place the app showed, it closes the open item instead of leaving the app. */
export function goBack(): void {
  if (depth() > 0) history.back();
  else navigate({ itemId: undefined }, { isReplace: true });
}
