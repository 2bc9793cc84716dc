import type { ViewerItem } from '../api/packFormat';
import { h } from './dom';
import { formatFileSize } from './format';
import type { ViewContext } from './viewContext';

/**
 * An item's attached files, each a link to its copy in the pack. The files carry no extension (the pack names them
 * by SHA-256): Chromium sniffs a PDF and opens it in its own viewer; a `download` name is ignored on file:// pages,
 * so none is offered.
 */
export function attachmentList({ language, t }: ViewContext, item: ViewerItem): HTMLUListElement | null {
  const attachments = item.attachments ?? [];
  if (attachments.length === 0) return null;
  return h(
    'ul',
    { class: 'attachments' },
    attachments.map((attachment) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: `pack/attachments/${attachment.sha256}`, target: '_blank', rel: 'noopener', dir: 'auto' },
          attachment.name,
          h('span', { class: 'visually-hidden' }, ` ${t('viewer.attachments.newTab')}`),
        ),
        h(
          'span',
          { class: 'attachment-meta' },
          h('span', {}, formatFileSize(language, attachment.size)),
          h('span', { dir: 'ltr' }, attachment.mediaType),
        ),
      ),
    ),
  );
}
