import type { PickerProps } from './pickerProps';

/** Goals and their targets with official titles; values are codes (`5`, `5.2`). Placeholder until the pickers land. */
export function SdgPicker(_props: PickerProps<string>) {
  return null;
}
