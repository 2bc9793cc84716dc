import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../../api/useCall';
import { formatNumber } from '../../../i18n/format';
import { isolate } from '../../../i18n/isolate';
import { useLanguage } from '../../../i18n/useLanguage';
import { useDebounced } from '../../../ui/useDebounced';
import { ChipCombobox, type Option } from './ChipCombobox';
import type { PickerProps } from './pickerProps';
import { CreateOption } from './TermPicker';
import { foldLabel } from '../../../../../electron/api/foldLabel';

const typedKey = 'typed-tag';

/** Free tags, with suggestions from the tags the library already uses. Enter or a comma adds what was typed. */
export function TagInput({ id, label, value, onChange, describedBy, isInvalid }: PickerProps<string>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const prefix = useDebounced(typed.trim(), 150);
  const suggestions = useCall('tags.list', { prefix: prefix || undefined, limit: 12 });
  const chosen = new Set(value.map(foldLabel));
  const newTag = typed.trim().slice(0, 100);
  const options: Option[] = [];
  // What was typed comes first, so that Enter adds it rather than a longer suggestion.
  if (newTag !== '' && !chosen.has(foldLabel(newTag))) {
    const text = t('app.pickers.addTag', { tag: isolate(newTag) });
    options.push({ key: typedKey, text, content: <CreateOption text={text} /> });
  }
  for (const { tag, count } of suggestions.value ?? []) {
    if (chosen.has(foldLabel(tag)) || foldLabel(tag) === foldLabel(newTag)) continue;
    options.push({
      key: `tag:${tag}`,
      text: tag,
      content: (
        <>
          <span className="picker-option-label" dir="auto">
            {tag}
          </span>
          <span className="picker-option-count">{t('app.pickers.tagUses', { count, formatted: formatNumber(language, count) })}</span>
        </>
      ),
    });
  }
  const add = (tag: string) => {
    const clean = tag.trim().slice(0, 100);
    if (clean !== '' && !chosen.has(foldLabel(clean))) onChange([...value, clean]);
    setTyped('');
  };

  return (
    <ChipCombobox
      id={id}
      label={label}
      describedBy={describedBy}
      isInvalid={isInvalid}
      chips={value.map((tag) => ({ key: tag, label: tag }))}
      onRemove={(index) => onChange(value.filter((_, at) => at !== index))}
      options={options}
      onChoose={(option) => add(option.key === typedKey ? newTag : option.text)}
      inputValue={typed}
      onInputValueChange={setTyped}
      onInputKeyDown={(event) => {
        if (event.key !== ',' && event.key !== '،') return false;
        event.preventDefault();
        add(typed);
        return true;
      }}
      placeholder={t('app.pickers.tagPlaceholder')}
      status={suggestions.error ? t(`error.${suggestions.error.code}`, suggestions.error.params) : undefined}
    />
  );
}
