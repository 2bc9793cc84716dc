import { useTranslation } from 'react-i18next';
import { useField } from './EditorContext';
import type { PickerProps } from './pickers/pickerProps';

/** What a picker of a list field takes: the field's label, its values, and the problem to point to. */
export function usePickerProps<T>(field: string): PickerProps<T> {
  const { t } = useTranslation();
  const { id, value, set, error, errorId } = useField(field);
  return {
    id,
    label: t(`field.${field}`),
    value: Array.isArray(value) ? (value as T[]) : [],
    onChange: (next: T[]) => set(next),
    describedBy: errorId,
    isInvalid: error !== undefined,
  };
}
