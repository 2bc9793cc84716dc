import { z } from 'zod';
import { uuidPattern, type ItemId } from './ids';
import { itemInput, richTextInput } from './itemInput';
import type {
  Collection,
  CollectionSummary,
  ExportSummary,
  ImportPreview,
  Item,
  ItemConflict,
  ItemSummary,
  Job,
  LibraryStats,
  Publisher,
  Revision,
  RevisionDetail,
  SavedSearch,
  SearchPage,
  Term,
} from './types';
import type { AppError } from './errors';
import { searchSorts } from './types';
import { itemKinds, organisationTypes, uiLanguages, vocabularies, type UiLanguage } from './vocabularyCodes';

/** What each operation returns on success. */
export interface Outputs {
  'library.stats': LibraryStats;
  'items.create': ItemId;
  'items.createMany': ItemId[];
  'items.get': Item;
  'items.list': ItemSummary[];
  'items.update': Item;
  'items.delete': ItemSummary;
  'items.history': Revision[];
  'items.revision': RevisionDetail;
  'items.restoreRevision': Item;
  'trash.list': ItemSummary[];
  'trash.restore': ItemSummary;
  'trash.empty': { deleted: number };
  'collections.list': CollectionSummary[];
  'collections.get': Collection;
  'collections.create': Collection;
  'collections.update': Collection;
  'collections.delete': { id: string };
  'collections.addItems': Collection;
  'collections.addSection': Collection;
  'collections.moveEntry': Collection;
  'collections.setNote': Collection;
  'collections.removeEntry': Collection;
  'vocabularies.list': Term[];
  'vocabularies.add': Term;
  'vocabularies.rename': Term;
  'vocabularies.merge': { term: Term; movedItems: number };
  'vocabularies.retire': Term;
  'starter.remove': { items: number };
  'search.query': SearchPage;
  /** The free tags items use, most used first. */
  'tags.list': Array<{ tag: string; count: number }>;
  'savedSearches.list': SavedSearch[];
  'savedSearches.create': SavedSearch;
  'savedSearches.update': SavedSearch;
  'savedSearches.delete': { id: string };
  'savedSearches.run': SearchPage;
  'attachments.add': Item;
  'attachments.remove': Item;
  'packs.export': ExportSummary;
  'packs.verify': { problems: AppError[] };
  'packs.preview': ImportPreview;
  'packs.import': ImportPreview;
  'conflicts.list': ItemConflict[];
  'conflicts.resolve': Item;
  'publisher.get': Publisher;
  'publisher.update': Publisher;
  'jobs.start': Job;
  'jobs.get': Job;
  'jobs.cancel': Job;
  'host.chooseFiles': { paths: string[] };
  'host.chooseSaveFile': { path: string | null };
  'host.showInFolder': { path: string };
  'host.setLanguage': { language: UiLanguage };
}

const id = z.string().trim().toLowerCase().regex(uuidPattern, 'uuid');
const termId = z.string().trim().min(3).max(100);
const collectionRef = z.string().trim().min(1).max(300);
const position = z.number().int().min(1);
const labels = z.strictObject({
  fr: z.string().max(300).optional(),
  en: z.string().max(300).optional(),
  es: z.string().max(300).optional(),
  ar: z.string().max(300).optional(),
});
const none = z.strictObject({});
const searchSort = z.enum(searchSorts);
const searchPaging = {
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  language: z.enum(uiLanguages).default('en'),
};
const savedSearchName = z.string().trim().min(1).max(200);
const filePath = z.string().min(1).max(4096);
const jobId = z.string().regex(/^[0-9a-f]{32}$/, 'jobId');
const packSelection = z.union([
  z.strictObject({ collection: collectionRef }),
  z.strictObject({ query: z.string().max(2000) }),
  z.strictObject({ itemIds: z.array(id).min(1).max(100_000) }),
]);
const fileFilters = z
  .array(
    z.strictObject({
      name: z.string().trim().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
        .min(1)
        .max(20),
    }),
  )
  .max(10)
  .default([]);

const packExport = z.strictObject({
  selection: packSelection,
  out: filePath,
  title: z.string().trim().max(300).optional(),
  description: z.string().max(20_000).optional(),
  language: z.enum(uiLanguages).default('en'),
  sign: z.boolean().default(false),
});
const packFile = z.strictObject({ path: filePath });

/** Checked once, at the edge, whatever the transport. */
export const inputs = {
  'library.stats': none,
  'items.create': itemInput,
  'items.createMany': z.strictObject({ items: z.array(z.unknown()).min(1).max(100_000) }),
  'items.get': z.strictObject({ id }),
  'items.list': z.strictObject({
    kind: z.enum(itemKinds).optional(),
    limit: z.number().int().min(1).max(10_000).default(50),
    offset: z.number().int().min(0).default(0),
  }),
  'items.update': z.strictObject({ id, changes: z.record(z.string(), z.unknown()) }),
  'items.delete': z.strictObject({ id }),
  'items.history': z.strictObject({ id }),
  'items.revision': z.strictObject({
    id,
    hash: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{6,64}$/, 'sha256'),
  }),
  'items.restoreRevision': z.strictObject({
    id,
    hash: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{6,64}$/, 'sha256'),
  }),
  'trash.list': none,
  'trash.restore': z.strictObject({ id }),
  'trash.empty': none,
  'collections.list': none,
  'collections.get': z.strictObject({ ref: collectionRef }),
  'collections.create': z.strictObject({ name: z.string().trim().min(1).max(300), description: richTextInput.optional() }),
  'collections.update': z.strictObject({
    ref: collectionRef,
    name: z.string().trim().min(1).max(300).optional(),
    description: richTextInput.optional(),
  }),
  'collections.delete': z.strictObject({ ref: collectionRef }),
  'collections.addItems': z.strictObject({ ref: collectionRef, itemIds: z.array(id).min(1).max(1000), position: position.optional() }),
  'collections.addSection': z.strictObject({
    ref: collectionRef,
    heading: z.string().trim().min(1).max(300),
    position: position.optional(),
  }),
  'collections.moveEntry': z.strictObject({ ref: collectionRef, from: position, to: position }),
  'collections.setNote': z.strictObject({ ref: collectionRef, position, note: z.string().trim().max(5000) }),
  'collections.removeEntry': z.strictObject({ ref: collectionRef, position }),
  'vocabularies.list': z.strictObject({ vocabulary: z.enum(vocabularies), includeRetired: z.boolean().default(false) }),
  'vocabularies.add': z.strictObject({
    vocabulary: z.enum(['themes', 'organisations']),
    labels,
    organisationType: z.enum(organisationTypes).optional(),
    country: z.string().trim().max(100).optional(),
  }),
  'vocabularies.rename': z.strictObject({ id: termId, labels }),
  'vocabularies.merge': z.strictObject({ from: termId, into: termId }),
  'vocabularies.retire': z.strictObject({ id: termId, isRetired: z.boolean().default(true) }),
  'starter.remove': none,
  'search.query': z.strictObject({ text: z.string().max(2000), sort: searchSort.optional(), ...searchPaging }),
  'tags.list': z.strictObject({
    prefix: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(1000).default(20),
  }),
  'savedSearches.list': none,
  'savedSearches.create': z.strictObject({ name: savedSearchName, query: z.string().max(2000), sort: searchSort.optional() }),
  'savedSearches.update': z.strictObject({
    ref: savedSearchName,
    name: savedSearchName.optional(),
    query: z.string().max(2000).optional(),
    sort: searchSort.optional(),
  }),
  'savedSearches.delete': z.strictObject({ ref: savedSearchName }),
  'savedSearches.run': z.strictObject({ ref: savedSearchName, ...searchPaging }),
  'attachments.add': z.strictObject({ id, paths: z.array(filePath).min(1).max(500) }),
  'attachments.remove': z.strictObject({
    id,
    sha256: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{6,64}$/, 'sha256'),
  }),
  'packs.export': packExport,
  'packs.verify': packFile,
  'packs.preview': packFile,
  'packs.import': packFile,
  'conflicts.list': none,
  'conflicts.resolve': z.discriminatedUnion('keep', [
    z.strictObject({ id, keep: z.enum(['mine', 'theirs']) }),
    // A merge names the fields taken from their version; every other field stays as mine.
    z.strictObject({
      id,
      keep: z.literal('merged'),
      theirsFields: z.array(z.string().regex(/^[a-zA-Z]{1,40}$/, 'field')).max(100),
    }),
  ]),
  'publisher.get': none,
  'jobs.start': z.discriminatedUnion('operation', [
    z.strictObject({ operation: z.literal('packs.export'), input: packExport }),
    z.strictObject({ operation: z.literal('packs.preview'), input: packFile }),
    z.strictObject({ operation: z.literal('packs.import'), input: packFile }),
    z.strictObject({ operation: z.literal('library.reindex'), input: none }),
  ]),
  'jobs.get': z.strictObject({ id: jobId }),
  'jobs.cancel': z.strictObject({ id: jobId }),
  'publisher.update': z.strictObject({
    name: z.string().trim().min(1).max(300).optional(),
    organisation: z.string().trim().max(300).optional(),
  }),
  'host.chooseFiles': z.strictObject({
    title: z.string().max(200).optional(),
    isMultiple: z.boolean().default(false),
    filters: fileFilters,
  }),
  'host.chooseSaveFile': z.strictObject({
    title: z.string().max(200).optional(),
    defaultName: z.string().max(255).optional(),
    filters: fileFilters,
  }),
  'host.setLanguage': z.strictObject({ language: z.enum(uiLanguages) }),
  'host.showInFolder': z.strictObject({ path: filePath }),
} satisfies Record<keyof Outputs, z.ZodType>;

/** The name of an operation. */
export type OpName = keyof Outputs;
/** What a caller passes to an operation. */
export type Input<K extends OpName> = z.input<(typeof inputs)[K]>;
/** What a handler receives: the input after validation and defaults. */
export type ParsedInput<K extends OpName> = z.output<(typeof inputs)[K]>;

/**
 * Operations the host application answers rather than the library: the desktop app shows its native dialogs
 * and puts its menu in the interface's language; `compendium serve` has neither, and refuses the dialogs with
 * `host.unavailable`. Their names start with `host.`.
 */
export type HostOpName = Extract<OpName, `host.${string}`>;
/** An operation answered by the library's core. */
export type CoreOpName = Exclude<OpName, HostOpName>;

/** True for the name of an operation of the contract. */
export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.hasOwn(inputs, name);
}
