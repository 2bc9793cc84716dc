import type { PickerProps } from './pickerProps';

/** Free tags, with suggestions from the tags the library already uses. Placeholder until the pickers land. */
export function TagInput(_props: PickerProps<string>) {
  return null;
}
