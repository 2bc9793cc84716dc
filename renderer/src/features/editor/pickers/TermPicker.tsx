import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../electron/api/errors';
import type { Term } from '../../../../../electron/api/types';
import { callChange } from '../../../api/callChange';
import { useCall } from '../../../api/useCall';
import { isolate } from '../../../i18n/isolate';
import { useLanguage } from '../../../i18n/useLanguage';
import { ChipCombobox, type Option } from './ChipCombobox';
import type { PickerProps } from './pickerProps';
import { matchTerms } from './termMatching';

// Enough to scroll through when nothing is typed yet; typing narrows it down.
const maxOptions = 60;
const createKey = 'create-theme';

/**
 * Type-ahead over a vocabulary's labels in all four languages. Values as items store them: theme ids
 * (`theme:…`), country codes (`TN`), region codes (`015`). A theme that does not exist yet can be created.
 */
export function TermPicker({
  vocabulary,
  id,
  label,
  value,
  onChange,
  describedBy,
  isInvalid,
}: PickerProps<string> & { vocabulary: 'themes' | 'countries' | 'regions' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Retired terms too: an item may still hold one, and its chip needs a label.
  const terms = useCall('vocabularies.list', { vocabulary, includeRetired: true });
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<AppError | undefined>();
  const valueOf = (term: Term) => (vocabulary === 'themes' ? term.id : (term.code ?? term.id));
  const byValue = useMemo(
    () => new Map((terms.value ?? []).map((term) => [vocabulary === 'themes' ? term.id : (term.code ?? term.id), term])),
    [terms.value, vocabulary],
  );
  const chosen = new Set(value);
  const allMatches = matchTerms(terms.value ?? [], typed, language);
  const matches = allMatches.filter((match) => !chosen.has(valueOf(match.term)));
  const options: Option[] = matches.slice(0, maxOptions).map(({ term, matchedLabel }) => ({
    key: valueOf(term),
    text: term.labels[language],
    content: (
      <>
        <span className="picker-option-label">{term.labels[language]}</span>
        {vocabulary !== 'themes' && term.code && (
          <span className="picker-option-code" dir="ltr">
            {term.code}
          </span>
        )}
        {matchedLabel && (
          <span className="picker-option-matched" lang={matchedLabel.language} dir="auto">
            {matchedLabel.label}
          </span>
        )}
      </>
    ),
  }));
  const newTheme = typed.trim();
  // Offered only when no theme at all matches, chosen ones included: a chosen one would only be made twice.
  if (vocabulary === 'themes' && newTheme !== '' && allMatches.length === 0 && terms.value) {
    const text = t('app.pickers.createTheme', { name: isolate(newTheme) });
    options.push({ key: createKey, text, content: <CreateOption text={text} /> });
  }

  const choose = async (option: Option) => {
    setError(undefined);
    if (option.key !== createKey) return onChange([...value, option.key]);
    const created = await callChange('vocabularies.add', { vocabulary: 'themes', labels: { [language]: newTheme } });
    if (created.ok) onChange([...value, created.value.id]);
    else setError(created.error);
  };
  const shownError = error ?? terms.error;

  return (
    <ChipCombobox
      id={id}
      label={label}
      describedBy={describedBy}
      isInvalid={isInvalid}
      chips={value.map((code) => {
        const term = byValue.get(code);
        return { key: code, label: term ? term.labels[language] || term.labels.en : code };
      })}
      onRemove={(index) => onChange(value.filter((_, at) => at !== index))}
      options={options}
      onChoose={(option) => void choose(option)}
      inputValue={typed}
      onInputValueChange={(next) => {
        setTyped(next);
        setError(undefined);
      }}
      status={
        shownError
          ? t(`error.${shownError.code}`, shownError.params)
          : typed.trim() !== '' && options.length === 0 && terms.value
            ? t('app.pickers.noMatch', { text: isolate(typed.trim()) })
            : undefined
      }
    />
  );
}

/** The last option of a list: make what was typed into a new term or tag. */
export function CreateOption({ text }: { text: string }) {
  return (
    <>
      <Plus size={16} aria-hidden="true" className="picker-option-icon" />
      <span className="picker-option-label">{text}</span>
    </>
  );
}
