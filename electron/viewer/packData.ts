import type { ViewerItem, ViewerPack, ViewerSearchIndex } from '../api/packFormat';

declare global {
  interface Window {
    /** Set by viewer/pack-data.js, which the exporter writes. */
    compendiumPack?: ViewerPack;
    /** Set by viewer/search-index.js, which the exporter writes. */
    compendiumSearchIndex?: ViewerSearchIndex;
  }
}

/** What the viewer shows, with the lookups it needs. */
export interface PackData {
  readonly pack: ViewerPack;
  readonly searchIndex: ViewerSearchIndex | undefined;
  readonly itemsById: ReadonlyMap<string, ViewerItem>;
  /** Every item in the collection's order, then any item the collection leaves out. */
  readonly orderedItems: readonly ViewerItem[];
  /** Items the collection does not list (a pack made from a selection or a search lists none): they follow it. */
  readonly unlistedItems: readonly ViewerItem[];
  /** Where the collection places each item: the section heading above it and the trainer's note. */
  readonly placements: ReadonlyMap<string, Placement>;
}

/** An item's place in the collection. */
interface Placement {
  readonly section: string | null;
  readonly note: string;
}

/**
 * The pack the exporter wrote beside the viewer, or undefined when its scripts did not load: then index.html was
 * opened on its own, most often from inside the zip, and its static message says what to do.
 */
export function readPackData(): PackData | undefined {
  const pack = window.compendiumPack;
  if (!pack || !Array.isArray(pack.items) || !Array.isArray(pack.entries)) return undefined;
  const itemsById = new Map(pack.items.map((item) => [item.id as string, item]));
  const inEntries = pack.entries.flatMap((entry) => (entry.type === 'item' ? (itemsById.get(entry.itemId) ?? []) : []));
  const listed = new Set(inEntries);
  const placements = new Map<string, Placement>();
  let section: string | null = null;
  for (const entry of pack.entries) {
    if (entry.type === 'section') section = entry.heading;
    else if (!placements.has(entry.itemId)) placements.set(entry.itemId, { section, note: entry.note });
  }
  const unlistedItems = pack.items.filter((item) => !listed.has(item));
  return {
    pack,
    searchIndex: window.compendiumSearchIndex,
    itemsById,
    orderedItems: [...listed, ...unlistedItems],
    unlistedItems,
    placements,
  };
}
