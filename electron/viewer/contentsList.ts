import { h } from './dom';
import { itemLink } from './itemLink';
import type { ViewContext } from './viewContext';

/** The collection in the trainer's order: section headings, and each item with the trainer's note. */
export function contentsList(context: ViewContext, currentId: string | null): HTMLOListElement {
  const { data } = context;
  const rows: HTMLLIElement[] = [];
  for (const entry of data.pack.entries) {
    if (entry.type === 'section') {
      rows.push(h('li', { class: 'contents-section' }, h('h3', { dir: 'auto' }, entry.heading)));
      continue;
    }
    const item = data.itemsById.get(entry.itemId);
    if (!item) continue;
    rows.push(
      h(
        'li',
        { class: 'contents-item' },
        itemLink(context, item, item.id === currentId),
        entry.note && h('p', { class: 'contents-note', dir: 'auto' }, entry.note),
      ),
    );
  }
  for (const item of data.unlistedItems) rows.push(h('li', { class: 'contents-item' }, itemLink(context, item, item.id === currentId)));
  return h('ol', { class: 'contents-list' }, rows);
}
