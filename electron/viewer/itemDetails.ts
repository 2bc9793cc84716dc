import type { ViewerItem } from '../api/packFormat';
import { kindFields } from '../api/vocabularyCodes';
import { attachmentList } from './attachmentList';
import { h, sanitisedHtml } from './dom';
import { shortKindFields } from '../api/vocabularyCodes';
import { itemFacts } from './itemFacts';
import type { ViewContext } from './viewContext';

/**
 * Everything an item holds below its title, in reading order: summary, facts, the kind's long fields, body and
 * attachments. The screen and the printed pack both show this; `headingLevel` is that of the item's title.
 */
export function itemDetails(context: ViewContext, item: ViewerItem, headingLevel: 2 | 3): HTMLDivElement {
  const { t } = context;
  const subheading = headingLevel === 2 ? 'h3' : 'h4';
  const longFields = kindFields[item.kind].flatMap((field) => {
    const text = (item as Readonly<Record<string, unknown>>)[field];
    return !shortKindFields.has(field) && typeof text === 'string' && text !== '' ? [[field, text] as const] : [];
  });
  const attachments = attachmentList(context, item);
  return h(
    'div',
    { class: 'item-details' },
    item.summary && h('p', { class: 'item-summary', lang: item.language, dir: 'auto' }, item.summary),
    itemFacts(context, item),
    longFields.map(([field, text]) =>
      h('section', { class: 'kind-section' }, h(subheading, {}, t(`field.${field}`)), h('p', { lang: item.language, dir: 'auto' }, text)),
    ),
    // The exporter sanitised the body when it wrote the pack (the core's allow-list of tags and attributes).
    item.bodyHtml && sanitisedHtml({ class: 'prose', lang: item.language, dir: 'auto' }, item.bodyHtml),
    attachments && h('section', { class: 'kind-section' }, h(subheading, {}, t('field.attachments')), attachments),
  );
}
