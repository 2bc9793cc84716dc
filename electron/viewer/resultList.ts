import type { ViewerItem } from '../api/packFormat';
import { h } from './dom';
import { itemLink } from './itemLink';
import type { ViewContext } from './viewContext';

/** The items a search and the filters let through, or a note that none does. */
export function resultList(context: ViewContext, items: readonly ViewerItem[], currentId: string | null): HTMLElement {
  const { t } = context;
  if (items.length === 0) {
    return h(
      'div',
      { class: 'empty-state' },
      h('p', { class: 'empty-state-title' }, t('viewer.results.none')),
      h('p', { class: 'muted' }, t('viewer.results.noneHint')),
    );
  }
  return h(
    'ol',
    { class: 'result-list' },
    items.map((item) =>
      h(
        'li',
        { class: 'result' },
        itemLink(context, item, item.id === currentId),
        item.summary && h('p', { class: 'result-summary', lang: item.language, dir: 'auto' }, item.summary),
      ),
    ),
  );
}
