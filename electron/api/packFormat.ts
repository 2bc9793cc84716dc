import { z } from 'zod';
import { sha256Pattern, uuidPattern } from './ids';
import { languageCode } from './itemInput';
import type { ItemContent } from './types';
import { organisationTypes, vocabularies, type Labels, type UiLanguage, type Vocabulary } from './vocabularyCodes';

// The pack format (docs/pack-format.md): what export writes and import checks, file by file, before anything
// is stored. Every object is strict: a key this version does not know is a pack it does not understand.

/** The value of `format` in every manifest. */
export const packFormatName = 'compendium-pack';
/** The format version this build writes and the newest it reads. */
export const packFormatVersion = 1;

/** Where each part of a pack lives inside the zip. */
export const packPaths = {
  manifest: 'pack/manifest.json',
  signature: 'pack/signature',
  vocabularies: 'pack/vocabularies.json',
  collection: 'pack/collection.json',
  item: (id: string) => `pack/items/${id}.json`,
  attachment: (sha256: string) => `pack/attachments/${sha256}`,
} as const;

const sha256 = z.string().regex(sha256Pattern, 'sha256');
const uuid = z.string().regex(uuidPattern, 'uuid');
const text = (max: number) => z.string().max(max);

/** One file of the pack as the manifest lists it. */
const packFileSchema = z.strictObject({
  path: text(300),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  sha256,
});

/** `pack/manifest.json`. */
export const packManifestSchema = z.strictObject({
  format: z.literal(packFormatName),
  formatVersion: z.literal(packFormatVersion),
  id: uuid,
  title: z.string().trim().min(1).max(300),
  description: text(20_000),
  /** Languages of the items' content (ISO 639-1), most used first. */
  languages: z.array(languageCode).max(200),
  created: z.iso.datetime(),
  publisher: z.strictObject({
    name: text(300),
    organisation: text(300),
    libraryId: uuid,
    /** Ed25519 public key, SPKI DER in base64. */
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64')
      .max(200),
  }),
  counts: z.strictObject({
    items: z.number().int().min(0),
    terms: z.number().int().min(0),
    attachments: z.number().int().min(0),
  }),
  /** Every file of the pack outside `index.html` and `viewer/`, except the manifest and its signature. */
  files: z
    .array(packFileSchema)
    .max(1_000_000)
    .refine((files) => new Set(files.map((file) => file.path)).size === files.length, 'unique'),
});

/** A parsed manifest. */
export type PackManifest = z.infer<typeof packManifestSchema>;

/**
 * `pack/items/<id>.json`: the item's current content with its revision hash and the hashes of every earlier
 * revision, oldest first, so that a receiving library can tell a newer revision from an older or a diverged one.
 */
export const packItemSchema = z.strictObject({
  revision: sha256,
  ancestors: z.array(sha256).max(100_000),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The library that first created the item. */
  originLibraryId: z.string().max(100),
  /** Content in the canonical item format; checked by the core's own schema on import. */
  content: z.looseObject({ id: uuid, kind: z.string() }),
});

/** A parsed item record. */
export type PackItem = z.infer<typeof packItemSchema>;

// SDG target titles run to about 750 characters.
const labels = z.strictObject({ fr: text(2000), en: text(2000), es: text(2000), ar: text(2000) });

/** How the id of a term of each vocabulary begins. */
export const termIdPrefixes = { themes: 'theme:', sdgs: 'sdg:', countries: 'country:', regions: 'region:', organisations: 'org:' } as const;

/** One term of `pack/vocabularies.json`, with all its labels; its id says which vocabulary it belongs to. */
const packTermSchema = z
  .strictObject({
    id: z.string().regex(/^(theme|sdg|country|region|org):[\w.-]{1,100}$/, 'termId'),
    vocabulary: z.enum(vocabularies),
    code: text(20).nullable(),
    labels,
    parentId: z.string().max(120).nullable(),
    organisationType: z.enum(organisationTypes).nullable(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'iso3166')
      .nullable(),
  })
  .refine((term) => term.id.startsWith(termIdPrefixes[term.vocabulary]), { message: 'termId', path: ['id'] });

/** A parsed term. */
export type PackTerm = z.infer<typeof packTermSchema>;

/** `pack/vocabularies.json`: the terms the pack's items use, and their parents. */
export const packVocabulariesSchema = z.strictObject({ terms: z.array(packTermSchema).max(100_000) });

/** `pack/collection.json`: the trainer's order, sections and notes; absent when the pack is not a collection. */
export const packCollectionSchema = z.strictObject({
  id: uuid,
  name: z.string().trim().min(1).max(300),
  /** ProseMirror JSON, checked by the core's rich-text schema on import. */
  description: z.looseObject({ type: z.literal('doc') }),
  entries: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('item'), itemId: uuid, note: text(5_000) }),
        z.strictObject({ type: z.literal('section'), heading: z.string().trim().min(1).max(300) }),
      ]),
    )
    .max(100_000),
});

/** A parsed collection. */
export type PackCollection = z.infer<typeof packCollectionSchema>;

/** An item as the offline viewer shows it: its content with the body as sanitised HTML instead of JSON. */
export type ViewerItem = Omit<ItemContent, 'body'> & { readonly bodyHtml: string };

/** One line of the viewer's table of contents: an item with the trainer's note, or a section heading. */
export type ViewerEntry =
  { readonly type: 'item'; readonly itemId: string; readonly note: string } | { readonly type: 'section'; readonly heading: string };

/**
 * `viewer/pack-data.js` sets `window.compendiumPack` to this: everything the viewer shows, loaded as a classic
 * script because a page opened from `file://` may not fetch its neighbours.
 */
export interface ViewerPack {
  readonly title: string;
  /** The collection's description as sanitised HTML ('' when there is none). */
  readonly descriptionHtml: string;
  /** The interface language the viewer opens in, unless the reader chose another. */
  readonly language: UiLanguage;
  readonly created: string;
  readonly publisher: { readonly name: string; readonly organisation: string };
  readonly isSigned: boolean;
  /** The collection's order with sections and notes, or every item in the pack's order. */
  readonly entries: readonly ViewerEntry[];
  readonly items: readonly ViewerItem[];
  /** Every term the items use (and their parents), by id. */
  readonly terms: Readonly<
    Record<
      string,
      { readonly vocabulary: Vocabulary; readonly code: string | null; readonly labels: Labels; readonly parentId: string | null }
    >
  >;
}

/** `viewer/search-index.js` sets `window.compendiumSearchIndex` to this: the items' ids by position and lunr's serialised index. */
export interface ViewerSearchIndex {
  /** lunr's postings name items by position, which keeps the index a quarter of the size it has with ids. */
  readonly ids: readonly string[];
  readonly index: object;
}
