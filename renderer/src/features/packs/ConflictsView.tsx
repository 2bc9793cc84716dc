/** Conflicted items and a side-by-side view of both versions. Placeholder until packs land in the interface. */
export function ConflictsView() {
  return null;
}
