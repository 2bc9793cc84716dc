import { useCombobox } from 'downshift';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Term } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { foldLabel } from '../../../../electron/api/foldLabel';
import { labelOf } from './TermTable';
import { useErrorText } from './useErrorText';

// Enough to choose from while typing; the rest are a few more letters away.
const shownMatches = 50;

/**
 * Merges a term into another of its vocabulary, chosen by typing part of any of its labels. A confirmation says
 * how many items move before anything changes.
 */
export function MergeTermForm({
  term,
  candidates,
  onMerged,
  onCancel,
}: {
  term: Term;
  /** The terms it may be merged into: the same vocabulary, in use, not itself. */
  candidates: readonly Term[];
  onMerged(result: { term: Term; movedItems: number }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const [inputValue, setInputValue] = useState('');
  const [target, setTarget] = useState<Term | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<AppError>();
  const formRef = useRef<HTMLFormElement>(null);

  // Downshift owns the input's ref; the form finds it to give it the keyboard.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  const folded = useMemo(() => candidates.map((candidate) => foldLabel(Object.values(candidate.labels).join('\n'))), [candidates]);
  const matches = useMemo(() => {
    const wanted = foldLabel(inputValue);
    return candidates.filter((_, index) => folded[index]?.includes(wanted)).slice(0, shownMatches);
  }, [candidates, folded, inputValue]);

  const combobox = useCombobox<Term>({
    items: matches,
    inputValue,
    selectedItem: target,
    itemToString: (item) => (item ? labelOf(item, language) : ''),
    itemToKey: (item) => item?.id,
    onInputValueChange: ({ inputValue: typed }) => setInputValue(typed),
    onSelectedItemChange: ({ selectedItem }) => {
      setTarget(selectedItem ?? null);
      setError(undefined);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target && labelOf(target, language) === inputValue) setIsConfirming(true);
    else setError({ code: 'input.required', params: { field: t('app.vocabularies.merge.into') } });
  };

  const merge = async () => {
    if (!target) return;
    const result = await callChange('vocabularies.merge', { from: term.id, into: target.id });
    if (result.ok) onMerged(result.value);
    else setError(result.error);
  };

  const from = isolate(labelOf(term, language));
  const into = target ? isolate(labelOf(target, language)) : '';
  return (
    <form ref={formRef} className="term-form" onSubmit={submit} noValidate>
      <h3 className="term-form-title">{t('app.vocabularies.merge.title', { label: from })}</h3>
      <p className="field-hint">{t('app.vocabularies.merge.hint')}</p>
      <div className="form-field merge-combobox">
        <label {...combobox.getLabelProps()}>{t('app.vocabularies.merge.into')}</label>
        <input
          {...combobox.getInputProps({
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? 'merge-error' : undefined,
          })}
          dir="auto"
        />
        <ul {...combobox.getMenuProps()} className="merge-options" hidden={!combobox.isOpen || matches.length === 0}>
          {combobox.isOpen &&
            matches.map((candidate, index) => (
              <li
                key={candidate.id}
                {...combobox.getItemProps({ item: candidate, index })}
                className={index === combobox.highlightedIndex ? 'merge-option merge-option-highlighted' : 'merge-option'}
              >
                <span dir="auto">{labelOf(candidate, language)}</span>
                <span className="merge-option-count">{t('app.vocabularies.itemCount', { count: candidate.itemCount })}</span>
              </li>
            ))}
        </ul>
        {combobox.isOpen && matches.length === 0 && <p className="field-hint">{t('app.vocabularies.merge.noMatch')}</p>}
        {error && (
          <p id="merge-error" className="field-error" role="alert">
            {errorText(error)}
          </p>
        )}
      </div>
      <div className="term-form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button" aria-haspopup="dialog">
          {t('app.vocabularies.merge.submit')}
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('app.vocabularies.merge.confirmTitle', { from, into })}
        confirmLabel={t('app.vocabularies.merge.confirm')}
        onConfirm={() => void merge()}
        onClose={() => setIsConfirming(false)}
      >
        <p>
          {term.itemCount === 0
            ? t('app.vocabularies.merge.confirmTextNone', { from, into })
            : t('app.vocabularies.merge.confirmText', { count: term.itemCount, from, into })}
        </p>
        <p className="merge-confirm-after">{t('app.vocabularies.merge.confirmAfter', { from, into })}</p>
      </ConfirmDialog>
    </form>
  );
}
