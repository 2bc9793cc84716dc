// Which item is open lives in the address (`#item=<id>`), so that back and forward work and a link to an item can
// be shared. Only the hash changes: history.pushState is refused on file:// pages.

/** The address of an item, relative to index.html. */
export function itemHref(id: string): string {
  return `#item=${encodeURIComponent(id)}`;
}

/** The id of the item the address names, or null for the pack's front page. */
export function routedItemId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('item');
}

/** Calls `onChange` whenever the address names another item (or none). */
export function onRouteChange(onChange: (itemId: string | null) => void): void {
  window.addEventListener('hashchange', () => onChange(routedItemId()));
}
