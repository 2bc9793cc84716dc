import type { ItemContent } from '../../api/types';
import { codedKindFields, kindFields, uiLanguages } from '../../api/vocabularyCodes';
import type { Db, WriteTx } from '../db/handles';
import { analyzeText } from './analysis';
import { everyItemToken, filterToken, termToken } from './filterTokens';

/** Bumped on every change to the index, so that caches built from it (facets, sort keys) know they are stale. */
function bumpIndexGeneration(tx: WriteTx): void {
  tx.prepare("UPDATE library_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'index_generation'").run();
}

/** The text fields of practices, policies and toolkits, indexed with the body. */
export const kindTextFields = Object.values(kindFields)
  .flat()
  .filter((name) => !codedKindFields.has(name));

/** The index columns of one item, in the order of the item_index table. */
export interface IndexColumns {
  title: string;
  summary: string;
  terms: string;
  body: string;
  attachments: string;
  filters: string;
}

/** The facet values search counts, as stored in search_docs.facets. */
export interface DocFacets {
  readonly kind: string;
  readonly language: string;
  readonly status: string;
  readonly years: readonly number[];
  readonly themes: readonly string[];
  /** SDG goals ("5"), also those of the targets the item names. */
  readonly sdgGoals: readonly string[];
  readonly countries: readonly string[];
}

/** Writes (or rewrites) an item's entry in the full-text index, unless it is in the trash. */
export function indexItem(tx: WriteTx, itemId: string, options: { currentYear: number }): void {
  const row = tx.prepare('SELECT content, body_text, updated_at, deleted_at FROM items WHERE id = ?').get(itemId) as
    { content: string; body_text: string; updated_at: string; deleted_at: string | null } | undefined;
  unindexItem(tx, itemId);
  if (!row || row.deleted_at !== null) return;
  const content = JSON.parse(row.content) as ItemContent;
  const itemYears = years(content, options.currentYear);
  const facets: DocFacets = {
    kind: content.kind,
    language: content.language,
    status: content.status,
    years: itemYears,
    themes: content.themes ?? [],
    sdgGoals: [...new Set((content.sdgs ?? []).map((code) => code.split('.')[0] ?? code))],
    countries: content.countries ?? [],
  };
  const start = content.date ?? content.period?.from;
  const doc = tx
    .prepare('INSERT INTO search_docs (item_id, title, date_key, updated_at, facets) VALUES (?, ?, ?, ?, ?) RETURNING doc')
    .pluck()
    .get(itemId, content.title, start === undefined ? null : dateKey(start), row.updated_at, JSON.stringify(facets)) as number;
  const columns = indexColumns(tx, content, { bodyText: row.body_text, currentYear: options.currentYear });
  tx.prepare(
    `INSERT INTO item_index (rowid, title, summary, terms, body, attachments, filters)
     VALUES (@doc, @title, @summary, @terms, @body, @attachments, @filters)`,
  ).run({ doc, ...columns });
  bumpIndexGeneration(tx);
}

/** Removes an item from the full-text index (it stays in the library); a trigger removes its index row. */
export function unindexItem(tx: WriteTx, itemId: string): void {
  tx.prepare('DELETE FROM search_docs WHERE item_id = ?').run(itemId);
}

// `2021`, `2021-03` or `2021-03-04` as a number that sorts dates in order.
function dateKey(date: string): number {
  return Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
}

/** The analysed text of each index column of an item: what the library indexes, and what a pack's lunr index holds. */
export function indexColumns(db: Db, content: ItemContent, options: { bodyText: string; currentYear: number }): IndexColumns {
  const language = content.language;
  const fields = content as unknown as Record<string, unknown>;
  const kindText = kindTextFields.map((name) => fields[name]).filter((value): value is string => typeof value === 'string');
  const termIds = termIdsOf(content);
  const labels = db.prepare('SELECT label_fr, label_en, label_es, label_ar FROM terms WHERE id = ?');
  const termText = termIds.flatMap((id) => {
    const row = labels.get(id) as Record<string, string> | undefined;
    return row ? uiLanguages.map((labelLanguage) => analyzeText(row[`label_${labelLanguage}`] ?? '', labelLanguage)) : [];
  });
  return {
    title: analyzeText(content.title, language),
    summary: analyzeText(content.summary ?? '', language),
    terms: [...termText, analyzeText([...(content.tags ?? []), ...(content.authors ?? [])].join(' \n '), language)].join(' '),
    body: analyzeText([options.bodyText, ...kindText].join('\n'), language),
    // Filled by the attachments feature: the text extracted from the item's files.
    attachments: '',
    filters: filterTokens(db, content, termIds, options.currentYear).join(' '),
  };
}

function termIdsOf(content: ItemContent): string[] {
  const sdgs = (content.sdgs ?? []).flatMap((code) => [`sdg:${code}`, `sdg:${code.split('.')[0] ?? code}`]);
  return [
    ...new Set([
      ...(content.themes ?? []),
      ...sdgs,
      ...(content.countries ?? []).map((code) => `country:${code}`),
      ...(content.regions ?? []).map((code) => `region:${code}`),
      ...(content.organisations ?? []).map((organisation) => organisation.id),
    ]),
  ];
}

function filterTokens(db: Db, content: ItemContent, termIds: readonly string[], currentYear: number): string[] {
  const parent = db.prepare('SELECT parent_id FROM terms WHERE id = ?').pluck();
  // A country or a region also belongs to every region above it: region:002 (Africa) finds an item in Tunisia.
  const regions = new Set<string>();
  for (const id of termIds.filter((termId) => termId.startsWith('country:') || termId.startsWith('region:'))) {
    for (let up = parent.get(id) as string | null; up; up = parent.get(up) as string | null) regions.add(up);
  }
  return [
    everyItemToken,
    filterToken('kind', content.kind),
    filterToken('lang', content.language),
    filterToken('status', content.status),
    ...years(content, currentYear).map((year) => filterToken('year', String(year))),
    ...termIds.map(termToken),
    ...[...regions].map(termToken),
    ...(content.tags ?? []).map((tag) => filterToken('tag', tag)),
  ];
}

/** The years an item covers: its date's, or every year of its period (an open period runs to this year). */
function years(content: Pick<ItemContent, 'date' | 'period'>, currentYear: number): number[] {
  const year = (date: string | undefined) => (date === undefined ? undefined : Number(date.slice(0, 4)));
  const from = year(content.date ?? content.period?.from);
  if (from === undefined) return [];
  const to = content.date ? from : Math.max(from, year(content.period?.to) ?? currentYear);
  // A typing slip such as 1021–2021 should not write a thousand tokens.
  const last = Math.min(to, from + 200);
  return Array.from({ length: last - from + 1 }, (_, index) => from + index);
}
