import type { ViewerPack } from '../../api/packFormat';
import type { Publisher } from '../../api/types';
import type { UiLanguage } from '../../api/vocabularyCodes';
import type { PackContents } from './collectPack';

/** What `viewer/pack-data.js` carries: everything the offline viewer shows, bodies as sanitised HTML. */
export function viewerPackOf(
  contents: PackContents,
  pack: { title: string; language: UiLanguage; created: string; publisher: Publisher; isSigned: boolean },
): ViewerPack {
  return {
    ...pack,
    descriptionHtml: contents.descriptionHtml,
    entries: contents.viewerEntries,
    items: contents.viewerItems,
    terms: Object.fromEntries(
      contents.terms.map((term) => [
        term.id,
        { vocabulary: term.vocabulary, code: term.code, labels: term.labels, parentId: term.parentId },
      ]),
    ),
  };
}
