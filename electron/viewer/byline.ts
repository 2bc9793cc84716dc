import { h } from './dom';
import { formatTimestamp } from './format';
import type { ViewContext } from './viewContext';

/** Who published the pack, when it was made, and whether it is signed. */
export function byline({ data, language, t }: ViewContext): HTMLParagraphElement {
  const { created, isSigned, publisher } = data.pack;
  const { name, organisation } = publisher;
  const by = name && organisation ? t('viewer.header.nameAndOrganisation', { name, organisation }) : name || organisation;
  return h(
    'p',
    { class: 'byline' },
    by && h('span', {}, t('viewer.header.publishedBy', { publisher: by })),
    h('span', {}, t('viewer.header.created', { date: formatTimestamp(language, created) })),
    isSigned && h('span', { class: 'signed-badge' }, t('viewer.header.signed')),
  );
}
