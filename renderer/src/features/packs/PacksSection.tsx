/** The sidebar's packs: import a pack (also by dropping it on the window) and the conflicts to resolve. Placeholder. */
export function PacksSection() {
  return null;
}
