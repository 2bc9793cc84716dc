import type { ViewerItem } from '../api/packFormat';
import { h } from './dom';
import { languageName } from './format';
import { itemHref } from './router';
import type { ViewContext } from './viewContext';

/** An item's title as a link that opens it, with its kind and language; marked when it is the open item. */
export function itemLink(context: ViewContext, item: ViewerItem, isCurrent: boolean): HTMLAnchorElement {
  const { language, t } = context;
  return h(
    'a',
    { class: 'item-link', href: itemHref(item.id), 'aria-current': isCurrent ? 'page' : null },
    h('span', { class: 'item-link-title', lang: item.language, dir: 'auto' }, item.title),
    h(
      'span',
      { class: 'item-link-meta' },
      h('span', { class: `kind-badge kind-${item.kind}` }, t(`kind.${item.kind}`)),
      item.language === language ? null : h('span', {}, languageName(language, item.language)),
    ),
  );
}
