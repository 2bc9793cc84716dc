import type { ViewerItem } from '../api/packFormat';
import { h, sanitisedHtml } from './dom';
import { byline } from './byline';
import { itemDetails } from './itemDetails';
import { trainerNote } from './itemView';
import type { ViewContext } from './viewContext';

/**
 * The whole pack as printed pages: title, description and contents, then every item in the collection's order
 * under its section, with the trainer's note and every detail. `one-per-page` on the root starts each item on a
 * new page (viewer.css).
 */
export function printView(context: ViewContext): HTMLElement[] {
  const { data, t } = context;
  const { pack } = data;
  const intro = h(
    'section',
    { class: 'print-intro' },
    h('h1', { dir: 'auto' }, pack.title),
    byline(context),
    pack.descriptionHtml && sanitisedHtml({ class: 'prose', dir: 'auto' }, pack.descriptionHtml),
    h('h2', {}, t('viewer.contents.heading')),
    h(
      'ol',
      { class: 'print-contents' },
      pack.entries.map((entry) => {
        if (entry.type === 'section') return h('li', { class: 'print-contents-section', dir: 'auto' }, entry.heading);
        const item = data.itemsById.get(entry.itemId);
        return item && contentsLine(item);
      }),
      data.unlistedItems.map(contentsLine),
    ),
  );
  const blocks: HTMLElement[] = [intro];
  let section: HTMLElement | undefined;
  const printed = (item: ViewerItem, note: string) =>
    h(
      'article',
      { class: 'print-item' },
      h(section ? 'h3' : 'h2', { class: 'item-title', lang: item.language, dir: 'auto' }, item.title),
      note && trainerNote(context, note),
      itemDetails(context, item, section ? 3 : 2),
    );
  for (const entry of pack.entries) {
    if (entry.type === 'section') {
      blocks.push((section = h('section', { class: 'print-section' }, h('h2', { dir: 'auto' }, entry.heading))));
      continue;
    }
    const item = data.itemsById.get(entry.itemId);
    if (!item) continue;
    if (section) section.append(printed(item, entry.note));
    else blocks.push(printed(item, entry.note));
  }
  section = undefined;
  for (const item of data.unlistedItems) blocks.push(printed(item, ''));
  return blocks;
}

// Numbered in the interface's direction, the title isolated so that an Arabic title in a French list reads right.
function contentsLine(item: ViewerItem): HTMLLIElement {
  return h('li', { class: 'print-contents-item' }, h('bdi', { lang: item.language }, item.title));
}
