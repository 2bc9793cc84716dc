import { ArchiveRestore, Archive, Combine, Pencil } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../electron/api/types';
import { uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { termLabel, useTerms } from '../shell/TermsProvider';
import { ItemCountLink, labelOf } from './TermTable';

/** What the details panel offers to do with a term of an editable vocabulary. */
export type TermAction = 'rename' | 'merge' | 'retire';

/** One term in full: its four labels, its code, its organisation's type and country, its items and what can be done. */
export function TermDetails({
  term,
  isEditable,
  headingRef,
  onAction,
  onSelect,
}: {
  term: Term;
  isEditable: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onAction(action: TermAction): void;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const label = labelOf(term, language);
  return (
    <div className="term-details-content">
      <h3 ref={headingRef} tabIndex={-1} className="term-details-title" dir="auto">
        {label}
      </h3>
      {term.isRetired && (
        <p className="term-state">
          {term.mergedInto ? (
            <>
              {t('app.vocabularies.mergedInto')}{' '}
              <button type="button" className="link-button" onClick={() => term.mergedInto && onSelect(term.mergedInto)}>
                <span dir="auto">{termLabel(terms, term.mergedInto, language)}</span>
              </button>
            </>
          ) : (
            t('app.vocabularies.retiredExplanation')
          )}
        </p>
      )}
      <dl className="term-facts">
        {uiLanguages.map((code) => (
          <div key={code}>
            <dt className="language-name">{languageName(language, code)}</dt>
            <dd lang={code} dir="auto">
              {term.labels[code]}
            </dd>
          </div>
        ))}
        {term.code && (
          <div>
            <dt>{t('app.vocabularies.columns.code')}</dt>
            <dd>{term.code}</dd>
          </div>
        )}
        {term.organisationType && (
          <div>
            <dt>{t('app.vocabularies.organisationType')}</dt>
            <dd>{t(`app.vocabularies.organisationTypes.${term.organisationType}`)}</dd>
          </div>
        )}
        {term.country && (
          <div>
            <dt>{t('app.vocabularies.country')}</dt>
            <dd>{termLabel(terms, `country:${term.country}`, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('app.vocabularies.columns.items')}</dt>
          <dd>
            <ItemCountLink term={term} label={label} />
          </dd>
        </div>
      </dl>
      {isEditable && !term.mergedInto && (
        <div className="term-actions">
          <button type="button" className="term-action button-secondary" onClick={() => onAction('rename')}>
            <Pencil size={16} aria-hidden="true" />
            {t('app.vocabularies.rename.action')}
          </button>
          {!term.isRetired && (
            <button type="button" className="term-action button-secondary" onClick={() => onAction('merge')}>
              <Combine size={16} aria-hidden="true" />
              {t('app.vocabularies.merge.action')}
            </button>
          )}
          <button type="button" className="term-action button-secondary" onClick={() => onAction('retire')}>
            {term.isRetired ? <ArchiveRestore size={16} aria-hidden="true" /> : <Archive size={16} aria-hidden="true" />}
            {t(term.isRetired ? 'app.vocabularies.bringBack' : 'app.vocabularies.retire')}
          </button>
        </div>
      )}
    </div>
  );
}
