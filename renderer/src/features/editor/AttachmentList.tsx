import { Paperclip } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../electron/api/formatBytes';
import { useLanguage } from '../../i18n/useLanguage';
import { useField } from './EditorContext';

interface Attachment {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
}

/** The files attached to the item, read only here: they are added and removed with the files of the item. */
export function AttachmentList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { value } = useField('attachments');
  const attachments = Array.isArray(value) ? (value as Attachment[]) : [];
  if (attachments.length === 0) return null;
  return (
    <div className="field field-wide">
      <h3 className="field-heading" id="editor-attachments">
        {t('field.attachments')}
      </h3>
      <ul className="attachment-list" aria-labelledby="editor-attachments">
        {attachments.map((attachment) => (
          <li key={attachment.sha256}>
            <Paperclip size={14} aria-hidden="true" />
            <bdi>{attachment.name}</bdi>
            <span className="muted">{formatBytes(attachment.size, language)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
