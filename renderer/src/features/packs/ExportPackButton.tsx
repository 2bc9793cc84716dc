import type { Input } from '../../../../electron/api/operations';

/** What a pack is made of: a collection, the results of a query, or chosen items. */
export type PackSelection = Input<'packs.export'>['selection'];

/** Opens the export dialog for a selection. Placeholder until packs land in the interface. */
export function ExportPackButton(_props: { selection: PackSelection; suggestedTitle?: string }) {
  return null;
}
