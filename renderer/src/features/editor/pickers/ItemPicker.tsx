import type { PickerProps } from './pickerProps';

/** Other items, chosen by searching the library; values are item ids. Placeholder until the pickers land. */
export function ItemPicker(_props: PickerProps<string> & { excludeId?: string }) {
  return null;
}
