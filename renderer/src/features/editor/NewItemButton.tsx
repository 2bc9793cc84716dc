/** Starts a new item (the user chooses its kind). Placeholder until the editor lands. */
export function NewItemButton() {
  return null;
}
