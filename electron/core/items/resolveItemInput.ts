import { fail, ok, type Result } from '../../api/errors';
import { asItemId, asTermId, type ItemId } from '../../api/ids';
import type { ItemInput } from '../../api/itemInput';
import type { ItemContent, ItemOrganisation } from '../../api/types';
import type { Vocabulary } from '../../api/vocabularyCodes';
import type { WriteTx } from '../db/handles';
import type { RichText } from '../richText/loadRichText';
import { addTerm } from '../vocabularies/addTerm';
import { findTerm } from '../vocabularies/termRow';

const unknownTermCode = {
  themes: 'vocabulary.unknownTerm',
  sdgs: 'vocabulary.unknownSdg',
  countries: 'vocabulary.unknownCountry',
  regions: 'vocabulary.unknownRegion',
  organisations: 'vocabulary.unknownTerm',
} as const;

/** The item being resolved, and which other items its links may name without being checked. */
interface ResolveOptions {
  readonly id: ItemId;
  readonly now: string;
  readonly richText: RichText;
  /** Items created in the same batch: they exist once the batch is written. */
  readonly batch?: ReadonlySet<ItemId>;
  /** Links the item already had: an item deleted for good since then must not block every later edit. */
  readonly existingLinks?: ReadonlySet<string>;
}

/**
 * Turns a validated item input into content: vocabulary values matched to terms (unknown organisations are
 * added to their vocabulary), body converted to ProseMirror JSON, links to other items checked.
 */
export function resolveItemInput(tx: WriteTx, input: ItemInput, options: ResolveOptions): Result<ItemContent> {
  if (input.date !== undefined && input.period !== undefined) return fail('input.dateAndPeriod', { field: 'period' });
  if (input.period?.to !== undefined && input.period.to < input.period.from) {
    return fail('input.periodReversed', { field: 'period', from: input.period.from, to: input.period.to });
  }

  const themes = resolveTerms(tx, 'themes', input.themes, (row) => row.id);
  if (!themes.ok) return themes;
  const sdgs = resolveTerms(tx, 'sdgs', input.sdgs, (row) => row.code ?? '');
  if (!sdgs.ok) return sdgs;
  const countries = resolveTerms(tx, 'countries', input.countries, (row) => row.code ?? '');
  if (!countries.ok) return countries;
  const regions = resolveTerms(tx, 'regions', input.regions, (row) => row.code ?? '');
  if (!regions.ok) return regions;
  const organisations = resolveOrganisations(tx, input.organisations ?? [], options.now);
  if (!organisations.ok) return organisations;
  const translations = resolveItemLinks(tx, 'translations', input.translations, options);
  if (!translations.ok) return translations;
  const related = resolveItemLinks(tx, 'related', input.related, options);
  if (!related.ok) return related;

  const stored = tx.prepare('SELECT size FROM attachments WHERE sha256 = ?').pluck();
  for (const [index, attachment] of (input.attachments ?? []).entries()) {
    if (stored.get(attachment.sha256) !== attachment.size) {
      return fail('attachment.notFound', { field: `attachments[${index}]`, sha256: attachment.sha256 });
    }
  }

  let body;
  if (input.body !== undefined) {
    body = options.richText.parseRichText(input.body);
    if (!body) return fail('input.invalid', { field: 'body' });
    if (options.richText.isEmptyRichText(body)) body = undefined;
  }

  return ok({
    ...input,
    id: options.id,
    status: input.status ?? 'draft',
    body,
    themes: themes.value.map(asTermId),
    sdgs: sdgs.value,
    countries: countries.value,
    regions: regions.value,
    organisations: organisations.value,
    translations: translations.value,
    related: related.value,
  } as ItemContent);
}

function resolveTerms(
  tx: WriteTx,
  vocabulary: Vocabulary,
  values: readonly string[] | undefined,
  pick: (row: NonNullable<ReturnType<typeof findTerm>>) => string,
): Result<string[]> {
  const resolved: string[] = [];
  for (const [index, value] of (values ?? []).entries()) {
    const row = findTerm(tx, vocabulary, value);
    if (!row) return fail(unknownTermCode[vocabulary], { field: `${vocabulary}[${index}]`, value });
    resolved.push(pick(row));
  }
  return ok(resolved);
}

function resolveOrganisations(
  tx: WriteTx,
  organisations: NonNullable<ItemInput['organisations']>,
  now: string,
): Result<ItemOrganisation[]> {
  const resolved: ItemOrganisation[] = [];
  for (const [index, organisation] of organisations.entries()) {
    let id = findTerm(tx, 'organisations', organisation.name)?.id;
    if (!id) {
      const added = addTerm(
        tx,
        {
          vocabulary: 'organisations',
          labels: { en: organisation.name },
          organisationType: organisation.type,
          country: organisation.country,
        },
        now,
      );
      if (!added.ok) return fail(added.error.code, { ...added.error.params, field: `organisations[${index}].country` });
      id = added.value.id;
    }
    resolved.push({ id: asTermId(id), role: organisation.role });
  }
  return ok(resolved);
}

function resolveItemLinks(
  tx: WriteTx,
  field: 'translations' | 'related',
  ids: readonly string[] | undefined,
  options: ResolveOptions,
): Result<ItemId[]> {
  const exists = tx.prepare('SELECT 1 FROM items WHERE id = ?');
  for (const [index, id] of (ids ?? []).entries()) {
    if (id === options.id) return fail('item.selfReference', { field: `${field}[${index}]` });
    const isKnown = options.batch?.has(asItemId(id)) || options.existingLinks?.has(id) || exists.get(id) !== undefined;
    if (!isKnown) return fail('item.linkNotFound', { field: `${field}[${index}]`, id });
  }
  return ok((ids ?? []).map(asItemId));
}
