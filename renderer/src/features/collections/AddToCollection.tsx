/** Adds the given items to a collection the user picks. Placeholder until the collection builder lands. */
export function AddToCollection(_props: { itemIds: readonly string[] }) {
  return null;
}
