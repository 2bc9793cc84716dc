import type { ItemKind } from '../../../../electron/api/vocabularyCodes';

/** The item editor: an existing item (`id`) or a new one of `newKind`. Placeholder until the editor lands. */
export function ItemEditor(_props: { id?: string; newKind?: ItemKind }) {
  return null;
}
