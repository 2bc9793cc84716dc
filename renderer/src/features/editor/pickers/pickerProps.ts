/** What every picker of the item editor takes: a labelled field holding a list of values in the item's own format. */
export interface PickerProps<T> {
  /** The id of the field's input, for its `<label htmlFor>` and for moving the focus to a field with an error. */
  readonly id: string;
  /** The field's visible name, also its accessible name. */
  readonly label: string;
  readonly value: readonly T[];
  onChange(value: T[]): void;
  /** Ids of the elements that describe the field: its hint and its error message. */
  readonly describedBy?: string;
  /** The field's value was refused: the field is marked invalid (the message is shown beside it by the form). */
  readonly isInvalid?: boolean;
}
