import type { ItemKind } from '../../../../electron/api/vocabularyCodes';

// The item pane keys the editor of a new item by the key below, and keeps that key once the item is created and
// has an id, so that the same editor goes on (focus and typing undisturbed) instead of a new one being mounted.
// Each creation moves to a new generation, so that the next new item gets an editor of its own.
let generation = 0;
const created = new Map<string, string>();

/** Notes that the new item of this kind being edited now got this id. */
export function rememberCreated(id: string, kind: ItemKind): void {
  created.set(id, `new:${kind}:${generation}`);
  generation += 1;
}

/** The key of the editor of a new item, or of the item it became; undefined for any other place. */
export function editorKeyOf(place: {
  readonly itemId?: string;
  readonly newKind?: ItemKind;
  readonly isEditing?: boolean;
}): string | undefined {
  if (place.newKind) return `new:${place.newKind}:${generation}`;
  return place.itemId && place.isEditing ? created.get(place.itemId) : undefined;
}
