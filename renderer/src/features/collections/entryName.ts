import type { TFunction } from 'i18next';
import type { CollectionEntry } from '../../../../electron/api/types';
import { isolate } from '../../i18n/isolate';

/** How messages name an entry: an item by its title in quotes, a section as such, in the interface language. */
export function entryName(t: TFunction, entry: CollectionEntry): string {
  return entry.type === 'item'
    ? t('app.collection.dnd.item', { title: isolate(entry.title) })
    : t('app.collection.dnd.section', { heading: isolate(entry.heading) });
}
