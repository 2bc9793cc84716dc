import type { ViewerItem } from '../api/packFormat';
import { h } from './dom';
import { formatAndList, formatNumber, languageName } from './format';
import { itemLink } from './itemLink';
import { itemHref } from './router';
import type { ViewContext } from './viewContext';

/** The pack's front page: what it holds, where to start, and the collection with summaries and notes. */
export function frontPage(context: ViewContext): HTMLElement {
  const { data, language, t } = context;
  const items = data.orderedItems;
  // Most used first, as the pack's manifest lists them.
  const perLanguage = new Map<string, number>();
  for (const item of items) perLanguage.set(item.language, (perLanguage.get(item.language) ?? 0) + 1);
  const languages = [...perLanguage].sort((a, b) => b[1] - a[1]).map(([code]) => languageName(language, code));
  const first = items[0];
  return h(
    'section',
    { class: 'front-page', 'aria-labelledby': 'front-heading' },
    h('h2', { id: 'front-heading', class: 'front-heading', tabindex: -1 }, t('viewer.front.heading')),
    h(
      'p',
      { class: 'front-summary' },
      t('viewer.front.summary', {
        count: items.length,
        formatted: formatNumber(language, items.length),
        languages: formatAndList(language, languages),
      }),
    ),
    first &&
      h(
        'p',
        {},
        h('a', { class: 'button', href: itemHref(first.id) }, t('viewer.front.start')),
        ' ',
        h('span', { class: 'muted front-hint' }, t('viewer.front.searchHint')),
      ),
    data.pack.isSigned && h('p', { class: 'muted' }, t('viewer.front.signedHint')),
    h('div', { class: 'front-contents' }, frontEntries(context)),
  );
}

function frontEntries(context: ViewContext): HTMLElement[] {
  const { data } = context;
  const blocks: HTMLElement[] = [];
  let list: HTMLOListElement | undefined;
  const card = (item: ViewerItem, note: string) =>
    h(
      'li',
      { class: 'card' },
      itemLink(context, item, false),
      item.summary && h('p', { class: 'card-summary', lang: item.language, dir: 'auto' }, item.summary),
      note && h('p', { class: 'card-note', dir: 'auto' }, note),
    );
  for (const entry of data.pack.entries) {
    if (entry.type === 'section') {
      blocks.push(h('h3', { class: 'front-section', dir: 'auto' }, entry.heading));
      list = undefined;
      continue;
    }
    const item = data.itemsById.get(entry.itemId);
    if (!item) continue;
    if (!list) blocks.push((list = h('ol', { class: 'cards' })));
    list.append(card(item, entry.note));
  }
  if (data.unlistedItems.length > 0)
    blocks.push(
      h(
        'ol',
        { class: 'cards' },
        data.unlistedItems.map((item) => card(item, '')),
      ),
    );
  return blocks;
}
