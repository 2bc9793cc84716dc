import type { organisationRoles } from '../../../../../electron/api/vocabularyCodes';
import type { PickerProps } from './pickerProps';

/** An organisation taking part in an item, as the item input takes it: an `org:` term id (or a new name) and a role. */
export interface OrganisationChoice {
  readonly name: string;
  readonly role: (typeof organisationRoles)[number];
}

/** Type-ahead over organisations, each with its role in the item. Placeholder until the pickers land. */
export function OrganisationPicker(_props: PickerProps<OrganisationChoice>) {
  return null;
}
