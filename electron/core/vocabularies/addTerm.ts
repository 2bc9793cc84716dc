import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../api/errors';
import type { Term } from '../../api/types';
import { uiLanguages, type Labels, type UiLanguage } from '../../api/vocabularyCodes';
import type { WriteTx } from '../db/handles';
import { findTerm, readTermRow, termFromRow } from './termRow';

/** A new theme or organisation: a label in at least one language (the others start as a copy of it). */
export interface NewTerm {
  readonly vocabulary: 'themes' | 'organisations';
  readonly labels: Partial<Labels>;
  readonly organisationType?: Term['organisationType'] | undefined;
  readonly country?: string | undefined;
}

const idPrefix = { themes: 'theme', organisations: 'org' } as const;

/** Adds a term to an editable vocabulary, refusing a label another term of it already has. */
export function addTerm(tx: WriteTx, term: NewTerm, now: string): Result<Term> {
  const given = uiLanguages.map((language) => term.labels[language]?.trim()).find((label) => label);
  if (!given) return fail('input.required', { field: 'labels' });
  const labels = Object.fromEntries(uiLanguages.map((language) => [language, term.labels[language]?.trim() || given])) as Record<
    UiLanguage,
    string
  >;
  for (const label of new Set(Object.values(labels))) {
    const taken = findTerm(tx, term.vocabulary, label);
    if (taken) return fail('vocabulary.labelTaken', { label, id: taken.id });
  }
  let country: string | null = null;
  if (term.country) {
    const found = findTerm(tx, 'countries', term.country);
    if (!found) return fail('vocabulary.unknownCountry', { field: 'country', value: term.country });
    country = found.code;
  }
  const id = `${idPrefix[term.vocabulary]}:${randomUUID()}`;
  tx.prepare(
    `INSERT INTO terms (id, vocabulary, label_fr, label_en, label_es, label_ar, organisation_type, country, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, term.vocabulary, labels.fr, labels.en, labels.es, labels.ar, term.organisationType ?? null, country, now, now);
  const row = readTermRow(tx, id);
  if (!row) throw new Error(`term ${id} vanished after insert`);
  return ok(termFromRow(row, 0));
}
