import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../../api/useCall';
import { isolate } from '../../../i18n/isolate';
import { useLanguage } from '../../../i18n/useLanguage';
import { ChipCombobox, type Option } from './ChipCombobox';
import type { PickerProps } from './pickerProps';
import { matchSdgs } from './termMatching';

/** Goals and their targets with official titles, grouped by goal; values are codes (`5`, `5.2`). */
export function SdgPicker({ id, label, value, onChange, describedBy, isInvalid }: PickerProps<string>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sdgs = useCall('vocabularies.list', { vocabulary: 'sdgs', includeRetired: true });
  const [typed, setTyped] = useState('');
  const byCode = useMemo(() => new Map((sdgs.value ?? []).map((term) => [term.code ?? term.id, term])), [sdgs.value]);
  const chosen = new Set(value);
  const options: Option[] = matchSdgs(sdgs.value ?? [], typed)
    .filter((term) => term.code !== null && !chosen.has(term.code))
    .map((term) => {
      const code = term.code ?? '';
      const goal = code.split('.')[0] ?? code;
      const title = term.labels[language] || term.labels.en;
      return {
        key: code,
        text: `${code} ${title}`,
        group: { key: goal, label: t('app.pickers.sdgGoal', { goal }) },
        content: (
          <>
            <span className={code.includes('.') ? 'picker-option-code' : 'sdg-badge'} dir="ltr">
              {code}
            </span>
            <span className="picker-option-label">{title}</span>
          </>
        ),
      };
    });

  return (
    <ChipCombobox
      id={id}
      label={label}
      describedBy={describedBy}
      isInvalid={isInvalid}
      chips={value.map((code) => {
        const term = byCode.get(code);
        // Isolated, the code keeps its order (1.b, not b.1) in an Arabic line.
        return { key: code, label: term ? `${isolate(code)} ${term.labels[language] || term.labels.en}` : code };
      })}
      onRemove={(index) => onChange(value.filter((_, at) => at !== index))}
      options={options}
      onChoose={(option) => onChange([...value, option.key])}
      inputValue={typed}
      onInputValueChange={setTyped}
      placeholder={t('app.pickers.sdgPlaceholder')}
      status={
        sdgs.error
          ? t(`error.${sdgs.error.code}`, sdgs.error.params)
          : typed.trim() !== '' && options.length === 0 && sdgs.value
            ? t('app.pickers.noMatch', { text: isolate(typed.trim()) })
            : undefined
      }
    />
  );
}
