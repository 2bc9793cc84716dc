import { Plus, Tags } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Term } from '../../../../electron/api/types';
import { editableVocabularies, uiLanguages, type Vocabulary } from '../../../../electron/api/vocabularyCodes';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddTermForm } from './AddTermForm';
import { foldLabel } from '../../../../electron/api/foldLabel';
import { MergeTermForm } from './MergeTermForm';
import { RenameTermForm } from './RenameTermForm';
import { TermDetails, type TermAction } from './TermDetails';
import { labelOf, TermTable } from './TermTable';
import { useErrorText } from './useErrorText';
import { panelId, VocabularyTabs } from './VocabularyTabs';
import './vocabularies.css';

/** What the panel beside the table shows. */
type Panel = 'details' | 'add' | 'rename' | 'merge';

/**
 * The vocabularies manager: a tab per vocabulary, its terms in a table that a filter narrows, and beside it the
 * chosen term in full. Themes and organisations can be added, renamed, merged and retired; the official lists
 * (SDGs, countries, regions) are shown read-only.
 */
export function VocabularyManager() {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const filterId = useId();
  const [vocabulary, setVocabulary] = useState<Vocabulary>('themes');
  const [filter, setFilter] = useState('');
  const [isShowingRetired, setIsShowingRetired] = useState(false);
  const [selectedId, setSelectedId] = useState<string>();
  const [panel, setPanel] = useState<Panel>('details');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppError>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detailsHeadingRef = useRef<HTMLHeadingElement>(null);
  // After a form closes, the keyboard goes to the term's heading (or the manager's) once the panel shows it.
  const focusAfterChange = useRef<'details' | 'manager'>(undefined);

  const isEditable = editableVocabularies.includes(vocabulary);
  const { value: terms, error: listError } = useCall('vocabularies.list', { vocabulary, includeRetired: isShowingRetired && isEditable });

  // SDG targets keep their official order (5, 5.1, 5.2 … 5.a); the other lists read best by label.
  const sorted = useMemo(() => {
    if (!terms || vocabulary === 'sdgs') return terms ?? [];
    const collator = new Intl.Collator(language);
    return [...terms].sort((a, b) => collator.compare(labelOf(a, language), labelOf(b, language)));
  }, [terms, vocabulary, language]);
  const folded = useMemo(
    () => new Map(sorted.map((term) => [term.id, [...uiLanguages.map((code) => term.labels[code]), term.code ?? ''].map(foldLabel)])),
    [sorted],
  );
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => {
    const wanted = foldLabel(deferredFilter);
    return wanted === '' ? sorted : sorted.filter((term) => folded.get(term.id)?.some((label) => label.includes(wanted)));
  }, [sorted, folded, deferredFilter]);

  const selected = sorted.find((term) => term.id === selectedId);
  const mergeCandidates = useMemo(() => sorted.filter((term) => !term.isRetired && term.id !== selectedId), [sorted, selectedId]);

  useEffect(() => {
    const target = focusAfterChange.current;
    if (target === undefined || (target === 'details' && !selected)) return;
    focusAfterChange.current = undefined;
    (target === 'details' ? detailsHeadingRef : headingRef).current?.focus();
  }, [selected, panel]);

  const choose = useCallback((id: string) => {
    setSelectedId(id);
    setPanel('details');
  }, []);

  const chooseVocabulary = (next: Vocabulary) => {
    setVocabulary(next);
    setSelectedId(undefined);
    setPanel('details');
    setFilter('');
    setError(undefined);
  };

  const backToDetails = (message?: string) => {
    if (message !== undefined) setStatus(message);
    focusAfterChange.current = 'details';
    setPanel('details');
  };

  const retire = async (term: Term) => {
    setError(undefined);
    const result = await callChange('vocabularies.retire', { id: term.id, isRetired: !term.isRetired });
    if (!result.ok) return setError(result.error);
    const label = isolate(labelOf(term, language));
    setStatus(t(term.isRetired ? 'app.vocabularies.status.broughtBack' : 'app.vocabularies.status.retired', { label }));
    // A retired term leaves the table unless retired terms are shown.
    if (!term.isRetired && !isShowingRetired) {
      setSelectedId(undefined);
      focusAfterChange.current = 'manager';
    }
  };

  const act = (action: TermAction) => {
    setError(undefined);
    if (action === 'retire') {
      if (selected) void retire(selected);
    } else setPanel(action);
  };

  const vocabularyName = t(`vocabulary.${vocabulary}`);
  return (
    <div className="vocabulary-manager">
      <header className="pane-header">
        <h2 ref={headingRef} className="pane-title" tabIndex={-1}>
          {t('app.vocabularies.title')}
        </h2>
        {/* Always in the page, so that screen readers announce each new message in it. */}
        <p className="vocabulary-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      <VocabularyTabs current={vocabulary} onChoose={chooseVocabulary} />
      <div className="vocabulary-panel" role="tabpanel" id={panelId} aria-labelledby={`vocabulary-tab-${vocabulary}`}>
        {!isEditable && <p className="vocabulary-note">{t('app.vocabularies.officialNote', { vocabulary: vocabularyName })}</p>}
        <div className="vocabulary-toolbar">
          <div className="vocabulary-filter">
            <label htmlFor={filterId} className="visually-hidden">
              {t('app.vocabularies.filterLabel', { vocabulary: vocabularyName })}
            </label>
            <input
              id={filterId}
              type="search"
              value={filter}
              placeholder={t('app.vocabularies.filterPlaceholder')}
              onChange={(event) => setFilter(event.target.value)}
            />
          </div>
          {isEditable && (
            <label className="vocabulary-retired-toggle">
              <input type="checkbox" checked={isShowingRetired} onChange={(event) => setIsShowingRetired(event.target.checked)} />
              {t('app.vocabularies.showRetired')}
            </label>
          )}
          <span className="vocabulary-count">
            {terms &&
              (shown.length === sorted.length
                ? t('app.vocabularies.termCount', { count: sorted.length })
                : t('app.vocabularies.termsShown', {
                    count: sorted.length,
                    shown: formatNumber(language, shown.length),
                  }))}
          </span>
          {isEditable && (vocabulary === 'themes' || vocabulary === 'organisations') && (
            <button
              type="button"
              className="button vocabulary-add"
              aria-expanded={panel === 'add'}
              onClick={() => (setError(undefined), setPanel('add'))}
            >
              <Plus size={16} aria-hidden="true" />
              {t(`app.vocabularies.add.${vocabulary}`)}
            </button>
          )}
        </div>
        {listError && <ErrorMessage error={listError} />}
        {error && (
          <p className="error-message" role="alert">
            {errorText(error)}
          </p>
        )}
        <div className="vocabulary-body">
          {/* Keyed by vocabulary: another list starts at its top. */}
          <div className="term-list" key={vocabulary}>
            {terms && sorted.length === 0 ? (
              <EmptyState icon={<Tags size={32} />} title={t('app.vocabularies.emptyTitle', { vocabulary: vocabularyName })}>
                {isEditable && t(`app.vocabularies.emptyHint.${vocabulary}`)}
              </EmptyState>
            ) : terms && shown.length === 0 ? (
              <EmptyState title={t('app.vocabularies.noMatch', { filter: isolate(deferredFilter) })} />
            ) : (
              <TermTable
                terms={shown}
                hasCodes={vocabulary !== 'themes' && vocabulary !== 'organisations'}
                selectedId={selectedId}
                onSelect={choose}
              />
            )}
          </div>
          <aside className="term-details" aria-label={t('app.vocabularies.detailsLabel')}>
            {panel === 'add' && (vocabulary === 'themes' || vocabulary === 'organisations') ? (
              <AddTermForm
                key={vocabulary}
                vocabulary={vocabulary}
                onAdded={(term) => {
                  setSelectedId(term.id);
                  backToDetails(t('app.vocabularies.status.added', { label: isolate(labelOf(term, language)) }));
                }}
                onCancel={() => backToDetails()}
              />
            ) : selected && panel === 'rename' ? (
              <RenameTermForm
                key={selected.id}
                term={selected}
                onRenamed={(term) => backToDetails(t('app.vocabularies.status.renamed', { label: isolate(labelOf(term, language)) }))}
                onCancel={() => backToDetails()}
              />
            ) : selected && panel === 'merge' ? (
              <MergeTermForm
                key={selected.id}
                term={selected}
                candidates={mergeCandidates}
                onMerged={({ term, movedItems }) => {
                  setSelectedId(term.id);
                  backToDetails(
                    t('app.vocabularies.status.merged', {
                      count: movedItems,
                      label: isolate(labelOf(term, language)),
                    }),
                  );
                }}
                onCancel={() => backToDetails()}
              />
            ) : selected ? (
              <TermDetails term={selected} isEditable={isEditable} headingRef={detailsHeadingRef} onAction={act} onSelect={choose} />
            ) : (
              <p className="term-details-hint">{t(isEditable ? 'app.vocabularies.chooseEditable' : 'app.vocabularies.choose')}</p>
            )}
          </aside>
        </div>
      </div>
    </div>
  );
}
