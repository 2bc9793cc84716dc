import type { AppError } from '../../api/errors';
import { itemKinds, itemStatuses, type Vocabulary } from '../../api/vocabularyCodes';
import type { Db } from '../db/handles';
import { findTerm, findTermsContaining } from '../vocabularies/termRow';
import { analyzeWord, queryLanguages, queryTokens } from './analysis';
import { everyItemToken, filterToken, noItemToken, termToken } from './filterTokens';
import type { FilterField, ParsedQuery, QueryUnit } from './parseQuery';

/** A query ready for FTS5, with what to mark in snippets. */
export interface CompiledQuery {
  /** The FTS5 MATCH expression; null when the query asks for nothing, which means every item. */
  readonly match: string | null;
  /** True when the query has words to rank by, not only filters. */
  readonly hasText: boolean;
  /**
   * The query's required words (clauses of words only) without a column: `{title} : (…)` around it asks where
   * they stand, which ranks large result sets by field. Null when no clause is words only.
   */
  readonly requiredText: string | null;
  /** Index tokens of the words asked for, and prefixes, so that snippets can mark the words that matched. */
  readonly highlightTokens: ReadonlySet<string>;
  readonly highlightPrefixes: readonly string[];
  readonly warnings: readonly AppError[];
}

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * Turns a parsed query into an FTS5 expression. Each word becomes the OR of its tokens under every language's
 * stemming (its language is unknown); a phrase becomes the OR of its phrase in each language; filters become
 * tokens of the `filters` column, with vocabulary values resolved to term ids (an unknown value matches nothing).
 */
export function compileQuery(db: Db, parsed: ParsedQuery, yearBounds: { min: number; max: number } | null): CompiledQuery {
  const warnings = [...parsed.warnings];
  const highlightTokens = new Set<string>();
  const highlightPrefixes: string[] = [];
  let hasText = false;

  const compileUnit = (unit: QueryUnit, isNegated: boolean): string => {
    if (unit.type === 'filter')
      return `filters : (${filterTokens(db, unit.field, unit.value, { yearBounds, warnings }).map(quote).join(' OR ')})`;
    if (!isNegated) hasText = true;
    if (!unit.isPhrase) {
      const word = unit.words[0] as string;
      const tokens = queryTokens(word);
      if (!isNegated) {
        for (const token of tokens) {
          if (unit.isPrefix) highlightPrefixes.push(token);
          else highlightTokens.add(token);
        }
      }
      return `(${tokens.map((token) => `${quote(token)}${unit.isPrefix ? '*' : ''}`).join(' OR ')})`;
    }
    const phrases = [...new Set(queryLanguages.map((language) => unit.words.map((word) => analyzeWord(word, language)).join(' ')))];
    if (!isNegated) for (const word of unit.words) for (const token of queryTokens(word)) highlightTokens.add(token);
    return `(${phrases.map((phrase) => `${quote(phrase)}${unit.isPrefix ? '*' : ''}`).join(' OR ')})`;
  };

  const positive: string[] = [];
  const negative: string[] = [];
  const requiredText: string[] = [];
  for (const clause of parsed.clauses) {
    const units = clause.alternatives.map((unit) => ({ unit, expression: compileUnit(unit, clause.isNegated) }));
    // Words need no column filter: their tokens never hold '_', so they cannot match a filter token, and a column
    // filter would make FTS5 read every position list.
    const expression = units.map((compiled) => compiled.expression).join(' OR ');
    (clause.isNegated ? negative : positive).push(`(${expression})`);
    if (!clause.isNegated && units.every(({ unit }) => unit.type === 'text'))
      requiredText.push(`(${units.map((u) => u.expression).join(' OR ')})`);
  }
  const required = requiredText.length > 0 ? requiredText.join(' AND ') : null;
  if (positive.length === 0 && negative.length === 0) {
    return { match: null, hasText: false, requiredText: null, highlightTokens, highlightPrefixes, warnings };
  }
  // FTS5's NOT is binary: a query of exclusions alone starts from every item.
  const base = positive.length > 0 ? positive.join(' AND ') : `filters : ${quote(everyItemToken)}`;
  const match = negative.length > 0 ? `(${base}) NOT (${negative.join(' OR ')})` : base;
  return { match, hasText, requiredText: required, highlightTokens, highlightPrefixes, warnings };
}

const termVocabularies: Partial<Record<FilterField, Vocabulary>> = {
  theme: 'themes',
  country: 'countries',
  region: 'regions',
  org: 'organisations',
};

function filterTokens(
  db: Db,
  field: FilterField,
  value: string,
  context: { yearBounds: { min: number; max: number } | null; warnings: AppError[] },
): string[] {
  const unknown = () => {
    context.warnings.push({ code: 'search.unknownValue', params: { field, value } });
    return [noItemToken];
  };
  const lower = value.toLowerCase();
  switch (field) {
    case 'kind':
      return (itemKinds as readonly string[]).includes(lower) ? [filterToken('kind', lower)] : unknown();
    case 'status':
      return (itemStatuses as readonly string[]).includes(lower) ? [filterToken('status', lower)] : unknown();
    case 'lang':
      return /^[a-z]{2}$/.test(lower) ? [filterToken('lang', lower)] : unknown();
    case 'has':
      return lower === 'attachment' ? ['has_attachment'] : unknown();
    case 'tag':
      return [filterToken('tag', value)];
    case 'sdg': {
      const term = findTerm(db, 'sdgs', value.replace(/^sdg\s*/i, ''));
      return term ? [termToken(term.id)] : unknown();
    }
    case 'year':
      return yearTokens(value, context);
    default: {
      const vocabulary = termVocabularies[field] as Vocabulary;
      // `theme:youth` names the term `theme:youth`; a label or code works too.
      const exact = findTerm(db, vocabulary, value) ?? findTerm(db, vocabulary, `${field}:${value}`);
      const terms = exact ? [exact] : findTermsContaining(db, vocabulary, value);
      return terms.length > 0 ? terms.map((term) => termToken(term.id)) : unknown();
    }
  }
}

// `2020`, `2019..2023`, `..2018`, `2020..`; open ends stop at the library's earliest and latest years.
function yearTokens(value: string, context: { yearBounds: { min: number; max: number } | null; warnings: AppError[] }): string[] {
  const match = /^(\d{4})?(\.\.)?(\d{4})?$/.exec(value);
  if (!match || (!match[1] && !match[3])) {
    context.warnings.push({ code: 'search.badYear', params: { value } });
    return [everyItemToken];
  }
  const bounds = context.yearBounds;
  const from = match[1] ? Number(match[1]) : (bounds?.min ?? Number.POSITIVE_INFINITY);
  const to = match[3] ? Number(match[3]) : match[2] ? (bounds?.max ?? Number.NEGATIVE_INFINITY) : from;
  const [low, high] = from <= to ? [from, to] : [to, from];
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [noItemToken];
  // A range wider than any library's history is clipped to the years items actually have.
  const first = Math.max(low, bounds?.min ?? low);
  const last = Math.min(high, bounds?.max ?? high);
  if (first > last) return [noItemToken];
  return Array.from({ length: last - first + 1 }, (_, index) => filterToken('year', String(first + index)));
}
