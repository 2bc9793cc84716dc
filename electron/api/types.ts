import type { AppError } from './errors';
import type { CollectionId, ItemId, RevisionHash, TermId } from './ids';
import type { ItemInput } from './itemInput';
import type { ItemKind, Labels, Vocabulary, organisationRoles, organisationTypes } from './vocabularyCodes';

/** A ProseMirror document as JSON, in the tiptap schema of the editor. */
export interface RichTextDoc {
  readonly type: 'doc';
  readonly content?: readonly unknown[];
}

/** An organisation's part in an item. */
export interface ItemOrganisation {
  readonly id: TermId;
  readonly role: (typeof organisationRoles)[number];
}

type ResolvedKeys = 'id' | 'body' | 'translations' | 'themes' | 'organisations' | 'status' | 'related';
type Resolve<T> = T extends unknown
  ? Omit<T, ResolvedKeys> & {
      readonly id: ItemId;
      readonly body?: RichTextDoc;
      readonly translations?: readonly ItemId[];
      readonly themes?: readonly TermId[];
      readonly organisations?: readonly ItemOrganisation[];
      readonly status: NonNullable<ItemInput['status']>;
      readonly related?: readonly ItemId[];
    }
  : never;

/**
 * What an item's revision hash covers (docs/item-format.md, "Canonical form"): the item input with its terms
 * resolved to ids, its body as ProseMirror JSON, and empty values left out.
 */
export type ItemContent = Resolve<ItemInput>;

/** Where an item came from. */
export interface Provenance {
  readonly origin: 'local' | 'starter' | 'pack';
  /** The library that first created the item. */
  readonly libraryId: string;
}

/** An item as stored: its content plus what the library knows about it. */
export type Item = ItemContent & {
  readonly revision: RevisionHash;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set while the item is in the trash. */
  readonly deletedAt: string | null;
  readonly provenance: Provenance;
  /** The body as plain text, for search and previews. */
  readonly bodyText: string;
  /** The body as sanitised HTML, for display and export. */
  readonly bodyHtml: string;
};

/** One line of a list of items. */
export interface ItemSummary {
  readonly id: ItemId;
  readonly kind: ItemKind;
  readonly title: string;
  readonly language: string;
  readonly status: Item['status'];
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

/** One saved state of an item. */
export interface Revision {
  readonly hash: RevisionHash;
  readonly parentHash: RevisionHash | null;
  /** 1 for the first save, then counting up. */
  readonly number: number;
  readonly createdAt: string;
  readonly author: string;
  /** Top-level fields that differ from the previous revision. */
  readonly changedFields: readonly string[];
}

/** A revision with the content it saved. */
export interface RevisionDetail extends Revision {
  readonly content: ItemContent;
}

/** One term of a controlled vocabulary. */
export interface Term {
  readonly id: TermId;
  readonly vocabulary: Vocabulary;
  /** The official code where there is one: `5.2`, `TN`, `015`. */
  readonly code: string | null;
  readonly labels: Labels;
  readonly parentId: TermId | null;
  readonly isRetired: boolean;
  /** The term a merged term now lives on (a merged term is also retired); null for a term never merged. */
  readonly mergedInto: TermId | null;
  /** For organisations: what kind of body it is, and where. */
  readonly organisationType: (typeof organisationTypes)[number] | null;
  readonly country: string | null;
  /** Items (outside the trash) that use the term. */
  readonly itemCount: number;
}

/** One entry of a collection: an item with the trainer's note, or a section heading. */
export type CollectionEntry =
  | {
      readonly type: 'item';
      readonly position: number;
      readonly itemId: ItemId;
      readonly title: string;
      readonly note: string;
      /** The item is in the trash: it keeps its place until the trash is emptied, and exports leave it out. */
      readonly isInTrash: boolean;
    }
  | { readonly type: 'section'; readonly position: number; readonly heading: string };

/** A named, ordered list of items: the unit of export. */
export interface Collection {
  readonly id: CollectionId;
  readonly name: string;
  readonly description: RichTextDoc;
  readonly descriptionText: string;
  readonly entries: readonly CollectionEntry[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One line of the list of collections. */
export interface CollectionSummary {
  readonly id: CollectionId;
  readonly name: string;
  readonly itemCount: number;
  readonly updatedAt: string;
}

/** Counts that describe a library. */
export interface LibraryStats {
  readonly libraryId: string;
  readonly items: number;
  readonly byKind: Readonly<Record<ItemKind, number>>;
  readonly byLanguage: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<Item['status'], number>>;
  readonly inTrash: number;
  readonly revisions: number;
  readonly collections: number;
  readonly terms: Readonly<Record<Vocabulary, number>>;
  readonly hasStarter: boolean;
}

/** The orders search results can be given in. */
export const searchSorts = ['relevance', 'date', 'title'] as const;
/** How search results are ordered. */
export type SearchSort = (typeof searchSorts)[number];

/** The facets counted beside results. */
export const facetNames = ['kind', 'theme', 'sdg', 'country', 'language', 'year', 'status'] as const;
/** Counts of matching items per value of each facet (term ids for themes, codes for the rest). */
export type Facets = Readonly<Record<(typeof facetNames)[number], Readonly<Record<string, number>>>>;

/** One item found by a search. */
export interface SearchResult {
  readonly id: ItemId;
  readonly title: string;
  readonly kind: ItemKind;
  readonly language: string;
  readonly status: Item['status'];
  readonly date: string | null;
  /** Higher is more relevant; 0 when the query has no words to rank by. */
  readonly score: number;
  /** The item's own text around the matched words. */
  readonly snippet: string;
  /** [start, end) offsets of the matched words in `snippet`. */
  readonly highlights: ReadonlyArray<readonly [number, number]>;
  /** The snippet escaped for HTML, matched words in `<mark>`. */
  readonly snippetHtml: string;
  /** The title escaped for HTML, matched words in `<mark>`. */
  readonly titleHtml: string;
  readonly updatedAt: string;
}

/** One page of search results, with the total, the facets of all matches, and what was odd in the query. */
export interface SearchPage {
  readonly total: number;
  readonly results: readonly SearchResult[];
  readonly facets: Facets;
  readonly sort: SearchSort;
  /** Parts of the query that were read leniently or matched nothing known, as messages to show. */
  readonly warnings: readonly AppError[];
}

/** A named query kept in the library. */
export interface SavedSearch {
  readonly id: string;
  readonly name: string;
  readonly query: string;
  /** Null: the query's own default (relevance with words, date with filters only). */
  readonly sort: SearchSort | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An item named in an import preview. */
export interface ImportItemLine {
  readonly id: ItemId;
  readonly title: string;
}

/** What importing a pack would do, or did: checked entirely before this is shown. */
export interface ImportPreview {
  readonly pack: {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly created: string;
    readonly languages: readonly string[];
    readonly counts: { readonly items: number; readonly terms: number; readonly attachments: number };
  };
  readonly publisher: {
    readonly name: string;
    readonly organisation: string;
    readonly libraryId: string;
    readonly publicKey: string;
    /** A pack with this key was imported before. */
    readonly isKnown: boolean;
  };
  /** A pack whose signature does not verify is refused, so a preview only ever says valid or absent. */
  readonly signature: 'valid' | 'absent';
  readonly items: {
    /** Not in this library yet. */
    readonly new: readonly ImportItemLine[];
    /** The pack's revision descends from this library's: it replaces it, history kept. */
    readonly updated: readonly ImportItemLine[];
    /** The same revision, or one this library has already moved past. */
    readonly unchanged: readonly ImportItemLine[];
    /** Both sides changed the item: kept as a conflict to resolve. */
    readonly conflicting: readonly ImportItemLine[];
  };
  readonly newTerms: ReadonlyArray<{ readonly id: TermId; readonly vocabulary: Vocabulary; readonly labels: Labels }>;
  /** Terms this library has, whose empty labels the pack fills in. */
  readonly labelledTerms: ReadonlyArray<{ readonly id: TermId; readonly vocabulary: Vocabulary; readonly labels: Labels }>;
  /**
   * The pack's collection: new, updated (this library had not changed it since the last import), unchanged, or
   * keptLocal (it was changed here, so the pack's version is not applied).
   */
  readonly collection: {
    readonly id: CollectionId;
    readonly name: string;
    readonly status: 'new' | 'updated' | 'unchanged' | 'keptLocal';
  } | null;
  readonly attachments: { readonly new: number; readonly newBytes: number };
  /** False when importing would write nothing: the pack is already here. */
  readonly hasChanges: boolean;
}

/** An item changed both here and in a pack since their common revision. */
export interface ItemConflict {
  readonly itemId: ItemId;
  readonly title: string;
  readonly mine: { readonly revision: RevisionHash; readonly content: ItemContent };
  readonly theirs: { readonly revision: RevisionHash; readonly content: ItemContent };
  readonly packId: string;
  readonly createdAt: string;
}

/** What a pack export wrote. */
export interface ExportSummary {
  readonly path: string;
  readonly packId: string;
  readonly title: string;
  readonly items: number;
  readonly terms: number;
  readonly attachments: number;
  readonly isSigned: boolean;
  /** Size of the zip in bytes. */
  readonly bytes: number;
}

/** Who a library's packs say they come from. */
export interface Publisher {
  readonly name: string;
  readonly organisation: string;
}

/** The long operations that run as jobs, with progress and cancel. */
export type JobOperation = 'packs.export' | 'packs.preview' | 'packs.import' | 'library.reindex';

/** A long operation running in the background: poll it with `jobs.get`, stop it with `jobs.cancel`. */
export interface Job {
  readonly id: string;
  readonly operation: JobOperation;
  readonly state: 'running' | 'succeeded' | 'failed' | 'cancelled';
  /** Work done so far out of the total, in the operation's own units (bytes, items, thousandths). */
  readonly progress: { readonly done: number; readonly total: number };
  /** The operation's output once it succeeded. */
  readonly result: unknown;
  /** Why it failed (a cancelled job has the operation's own "cancelled" error). */
  readonly error: AppError | null;
  readonly startedAt: string;
}
