import type { ViewerItem } from '../api/packFormat';
import { h } from './dom';
import { itemDetails } from './itemDetails';
import { itemHref } from './router';
import type { ViewContext } from './viewContext';

/** One item as a page: its section, title and the trainer's note, every detail, then the previous and next items. */
export function itemView(context: ViewContext, item: ViewerItem): HTMLElement {
  const { data, t } = context;
  const placement = data.placements.get(item.id);
  const position = data.orderedItems.indexOf(item);
  const previous = data.orderedItems[position - 1];
  const next = data.orderedItems[position + 1];
  return h(
    'article',
    { class: 'item-view' },
    h('a', { class: 'back-link', href: '#' }, t('viewer.item.backToContents')),
    h(
      'header',
      { class: 'item-header' },
      placement?.section && h('p', { class: 'eyebrow', dir: 'auto' }, placement.section),
      h('h2', { class: 'item-title', tabindex: -1, lang: item.language, dir: 'auto' }, item.title),
    ),
    placement?.note && trainerNote(context, placement.note),
    itemDetails(context, item, 2),
    (previous || next) &&
      h(
        'nav',
        { class: 'pager', 'aria-label': t('viewer.item.pager') },
        previous && pagerLink(previous, t('viewer.item.previous'), 'pager-previous'),
        next && pagerLink(next, t('viewer.item.next'), 'pager-next'),
      ),
  );
}

/** The note the trainer wrote beside an item in the collection. */
export function trainerNote({ t }: ViewContext, note: string): HTMLElement {
  return h(
    'div',
    { class: 'trainer-note' },
    h('p', { class: 'trainer-note-label' }, t('viewer.item.trainerNote')),
    h('p', { dir: 'auto' }, note),
  );
}

function pagerLink(item: ViewerItem, label: string, className: string): HTMLAnchorElement {
  return h(
    'a',
    { class: `pager-link ${className}`, href: itemHref(item.id) },
    h('span', { class: 'pager-label' }, label),
    h('span', { class: 'pager-title', lang: item.language, dir: 'auto' }, item.title),
  );
}
