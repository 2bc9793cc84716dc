import { Search } from 'lucide-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The one search box: results follow as the user types. */
export const SearchBox = forwardRef<HTMLInputElement, { value: string; onChange(value: string): void }>(function SearchBox(
  { value, onChange },
  ref,
) {
  const { t } = useTranslation();
  return (
    <div className="search-box" role="search">
      <Search className="search-box-icon" aria-hidden="true" size={16} />
      <label htmlFor="search-input" className="visually-hidden">
        {t('app.search.label')}
      </label>
      <input
        ref={ref}
        id="search-input"
        type="search"
        value={value}
        placeholder={t('app.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        aria-keyshortcuts="/"
      />
    </div>
  );
});
