import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall';
import { languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** A link to another item, by its title and language; says so when the item is not in this library. */
export function ItemLink({ id, onOpen }: { id: string; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { value: item, error } = useCall('items.get', { id });
  if (error) return <span className="muted">{t('app.item.missingLink')}</span>;
  if (!item) return <span className="muted">…</span>;
  return (
    <button type="button" className="link-button" onClick={() => onOpen(id)}>
      <span dir="auto" lang={item.language}>
        {item.title}
      </span>{' '}
      <span className="muted">({languageName(language, item.language)})</span>
    </button>
  );
}
