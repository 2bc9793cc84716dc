import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { languageName } from '../../../i18n/format';
import { isolate } from '../../../i18n/isolate';
import { useLanguage } from '../../../i18n/useLanguage';
import { useDebounced } from '../../../ui/useDebounced';
import { ChipCombobox, type Option } from './ChipCombobox';
import type { PickerProps } from './pickerProps';

/** Other items, chosen by searching the library; values are item ids. */
export function ItemPicker({
  id,
  label,
  value,
  onChange,
  describedBy,
  isInvalid,
  excludeId,
}: PickerProps<string> & { excludeId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const text = useDebounced(typed.trim(), 200);
  const found = useCall('search.query', text === '' ? null : { text, limit: 8, language });
  const titles = useItemTitles(value);
  const chosen = new Set(value);
  const options: Option[] = (found.value?.results ?? [])
    .filter((result) => result.id !== excludeId && !chosen.has(result.id))
    .map((result) => ({
      key: result.id,
      text: result.title,
      content: (
        <>
          <span className="picker-option-label" lang={result.language} dir="auto">
            {result.title}
          </span>
          <span className={`kind-badge kind-${result.kind}`}>{t(`kind.${result.kind}`)}</span>
          <span className="picker-option-count">{languageName(language, result.language)}</span>
        </>
      ),
    }));
  const isSearching = typed.trim() !== '' && (text !== typed.trim() || found.isLoading);

  return (
    <ChipCombobox
      id={id}
      label={label}
      describedBy={describedBy}
      isInvalid={isInvalid}
      chips={value.map((itemId) => ({
        key: itemId,
        label: titles.get(itemId)?.title ?? t('app.pickers.loadingItem'),
        lang: titles.get(itemId)?.language,
      }))}
      onRemove={(index) => onChange(value.filter((_, at) => at !== index))}
      options={options}
      onChoose={(option) => onChange([...value, option.key])}
      inputValue={typed}
      onInputValueChange={setTyped}
      placeholder={t('app.pickers.itemPlaceholder')}
      status={
        found.error
          ? t(`error.${found.error.code}`, found.error.params)
          : typed.trim() !== '' && !isSearching && options.length === 0
            ? t('app.pickers.noItem', { text: isolate(typed.trim()) })
            : undefined
      }
    />
  );
}

/** The title and language of each chosen item, loaded once per id; an item gone for good shows its id. */
function useItemTitles(ids: readonly string[]): ReadonlyMap<string, { title: string; language?: string }> {
  const [titles, setTitles] = useState<ReadonlyMap<string, { title: string; language?: string }>>(new Map());
  const missing = ids.filter((itemId) => !titles.has(itemId));
  const missingKey = missing.join(' ');
  useEffect(() => {
    if (missingKey === '') return;
    let isCurrent = true;
    void Promise.all(
      missingKey.split(' ').map(async (itemId) => {
        const item = await call('items.get', { id: itemId });
        return [itemId, item.ok ? { title: item.value.title, language: item.value.language } : { title: itemId }] as const;
      }),
    ).then((loaded) => {
      if (isCurrent) setTitles((known) => new Map([...known, ...loaded]));
    });
    return () => {
      isCurrent = false;
    };
  }, [missingKey]);
  return titles;
}
