import type { PickerProps } from './pickerProps';

/**
 * Type-ahead over a vocabulary's labels in all four languages. Values as items store them: theme ids
 * (`theme:…`), country codes (`TN`), region codes (`015`). Placeholder until the pickers land.
 */
export function TermPicker(_props: PickerProps<string> & { vocabulary: 'themes' | 'countries' | 'regions' }) {
  return null;
}
