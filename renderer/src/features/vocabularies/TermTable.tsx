import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../electron/api/types';
import { uiLanguages, type UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate } from '../shell/navigation';
import { termLabel, useTerms } from '../shell/TermsProvider';
import { termQuery } from './termQuery';

/** A term's label in the interface language, else in English. */
export function labelOf(term: Term, language: UiLanguage): string {
  return term.labels[language] || term.labels.en;
}

/**
 * The terms of one vocabulary: label in the interface language with the other three beside it, the code where
 * there is one, and how many items use each (a link to the search for them). Up and Down move between rows.
 */
export function TermTable({
  terms,
  hasCodes,
  selectedId,
  onSelect,
}: {
  terms: readonly Term[];
  hasCodes: boolean;
  selectedId: string | undefined;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();

  // The table is one stop for Tab (the chosen row, else the first): arrow keys, Home and End move the choice
  // between rows, so that a list of 250 countries need not be crossed to reach the details beside it.
  const tabStopId = terms.some((term) => term.id === selectedId) ? selectedId : terms[0]?.id;
  const moveChoice = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('term-select')) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('.term-select')];
    const index = buttons.indexOf(event.target);
    const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
    const next = buttons[Math.min(Math.max(targets[event.key] ?? index, 0), buttons.length - 1)];
    if (targets[event.key] === undefined || !next) return;
    event.preventDefault();
    next.focus();
    if (next.dataset.termId) onSelect(next.dataset.termId);
  };

  return (
    <table className="term-table">
      <caption className="visually-hidden">{t('app.vocabularies.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('app.vocabularies.columns.label')}</th>
          {hasCodes && <th scope="col">{t('app.vocabularies.columns.code')}</th>}
          <th scope="col" className="term-count-column">
            {t('app.vocabularies.columns.items')}
          </th>
        </tr>
      </thead>
      <tbody onKeyDown={moveChoice}>
        {terms.map((term) => (
          <TermRow
            key={term.id}
            term={term}
            hasCodes={hasCodes}
            isSelected={term.id === selectedId}
            isTabStop={term.id === tabStopId}
            onSelect={onSelect}
          />
        ))}
      </tbody>
    </table>
  );
}

// A row re-renders only when its own term or selection changes: typing in the filter over 250 countries stays quick.
const TermRow = memo(function TermRow({
  term,
  hasCodes,
  isSelected,
  isTabStop,
  onSelect,
}: {
  term: Term;
  hasCodes: boolean;
  isSelected: boolean;
  isTabStop: boolean;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = labelOf(term, language);
  const terms = useTerms();
  const others = uiLanguages.filter((other) => other !== language && term.labels[other] !== label);
  // An organisation also says what kind of body it is and where, to tell namesakes apart.
  const organisation = [
    term.organisationType && t(`app.vocabularies.organisationTypes.${term.organisationType}`),
    term.country && termLabel(terms, `country:${term.country}`, language),
  ].filter(Boolean);
  return (
    <tr className={['term-row', term.isRetired && 'term-row-retired', isSelected && 'term-row-selected'].filter(Boolean).join(' ')}>
      <td>
        <button
          type="button"
          className="term-select"
          data-term-id={term.id}
          aria-current={isSelected || undefined}
          tabIndex={isTabStop ? 0 : -1}
          onClick={() => onSelect(term.id)}
        >
          <span dir="auto">{label}</span>
          {term.isRetired && (
            <span className="term-badge">{t(term.mergedInto ? 'app.vocabularies.merged' : 'app.vocabularies.retired')}</span>
          )}
        </button>
        {organisation.length > 0 && <span className="term-organisation">{organisation.join(' · ')}</span>}
        {others.length > 0 && (
          <span className="term-other-labels">
            {others.map((other) => (
              <span key={other} lang={other} dir="auto">
                {term.labels[other]}
              </span>
            ))}
          </span>
        )}
      </td>
      {hasCodes && <td className="term-code">{term.code}</td>}
      <td className="term-count-column">
        {/* The details beside the table hold the same link for the keyboard. */}
        <ItemCountLink term={term} label={label} isTabStop={false} />
      </td>
    </tr>
  );
});

/** How many items use a term: a link to the search that lists them, or a plain 0. */
export function ItemCountLink({ term, label, isTabStop = true }: { term: Term; label: string; isTabStop?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = formatNumber(language, term.itemCount);
  if (term.itemCount === 0) return <span className="muted">{count}</span>;
  const query = termQuery(term);
  const show = (event: MouseEvent) => {
    event.preventDefault();
    navigate({ view: 'search', query, itemId: undefined });
  };
  return (
    <a
      href={`#${new URLSearchParams({ q: query }).toString()}`}
      onClick={show}
      aria-label={t('app.vocabularies.showItems', { count: term.itemCount, label: isolate(label) })}
      tabIndex={isTabStop ? undefined : -1}
    >
      {count}
    </a>
  );
}
