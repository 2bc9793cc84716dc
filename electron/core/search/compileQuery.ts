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

type YearBounds = { min: number; max: number } | null;

const textColumns = '{title summary terms body attachments}';
const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * Turns a parsed query into an FTS5 expression. Each word becomes the OR of its tokens under every language's
 * stemming (its language is unknown); a phrase becomes the OR of its phrase in each language; filters become
 * tokens of the `filters` column, with vocabulary values resolved to term ids (an unknown value matches nothing).
 * Parts that leave nothing to search for (a lone accent, `year:abc`) are dropped.
 */
export function compileQuery(db: Db, parsed: ParsedQuery, options: { yearBounds: YearBounds }): CompiledQuery {
  const warnings = [...parsed.warnings];
  const highlightTokens = new Set<string>();
  const highlightPrefixes: string[] = [];
  let hasText = false;

  const compileUnit = (unit: QueryUnit, isNegated: boolean): string | null => {
    if (unit.type === 'filter') {
      const tokens = filterValueTokens(db, { field: unit.field, value: unit.value, yearBounds: options.yearBounds, warnings });
      return tokens && `filters : (${tokens.map(quote).join(' OR ')})`;
    }
    const expression = unit.isPhrase ? phraseExpression(unit.words, unit.isPrefix) : wordExpression(unit.words[0] ?? '', unit.isPrefix);
    if (!expression) return null;
    if (!isNegated) {
      hasText = true;
      for (const word of unit.words) for (const token of queryTokens(word)) highlightTokens.add(token);
      if (unit.isPrefix) highlightPrefixes.push(...queryTokens(unit.words.at(-1) ?? ''));
    }
    return expression;
  };

  const positive: string[] = [];
  const negative: string[] = [];
  const requiredText: string[] = [];
  for (const clause of parsed.clauses) {
    const units = clause.alternatives.flatMap((unit) => {
      const expression = compileUnit(unit, clause.isNegated);
      return expression === null ? [] : [{ unit, expression }];
    });
    if (units.length === 0) continue;
    const expression = units.map((compiled) => compiled.expression).join(' OR ');
    (clause.isNegated ? negative : positive).push(`(${expression})`);
    if (!clause.isNegated && units.every(({ unit }) => unit.type === 'text')) requiredText.push(`(${expression})`);
  }
  const required = requiredText.length > 0 ? `(${requiredText.join(' AND ')})` : null;
  if (positive.length === 0 && negative.length === 0) {
    return { match: null, hasText: false, requiredText: null, highlightTokens, highlightPrefixes, warnings };
  }
  // FTS5's NOT is binary: a query of exclusions alone starts from every item.
  const base = positive.length > 0 ? positive.join(' AND ') : `filters : ${quote(everyItemToken)}`;
  const match = negative.length > 0 ? `(${base}) NOT (${negative.join(' OR ')})` : base;
  return { match, hasText, requiredText: required, highlightTokens, highlightPrefixes, warnings };
}

// A word needs no column filter: its tokens never hold '_', so they cannot match a filter token, and a column
// filter would make FTS5 read every position list. A prefix could match a filter token (`kind*`), so it keeps one.
function wordExpression(word: string, isPrefix: boolean): string | null {
  const tokens = queryTokens(word);
  if (tokens.length === 0) return null;
  if (!isPrefix) return `(${tokens.map(quote).join(' OR ')})`;
  // The index holds stems, which may be shorter than the prefix typed (`investiss*` must find `investissement`,
  // stored as `invest`): the prefix's own shorter beginnings are tried as whole tokens too.
  const beginnings = tokens.flatMap((token) =>
    Array.from({ length: Math.min(4, Math.max(0, token.length - 4)) }, (_, index) => token.slice(0, token.length - 1 - index)),
  );
  const alternatives = [...tokens.map((token) => `${quote(token)}*`), ...[...new Set(beginnings)].map(quote)];
  return `${textColumns} : (${alternatives.join(' OR ')})`;
}

function phraseExpression(words: readonly string[], isPrefix: boolean): string | null {
  const phrases = [
    ...new Set(
      queryLanguages.map((language) =>
        words
          .map((word) => analyzeWord(word, language))
          .filter(Boolean)
          .join(' '),
      ),
    ),
  ].filter(Boolean);
  if (phrases.length === 0) return null;
  const alternatives = phrases.map((phrase) => `${quote(phrase)}${isPrefix ? '*' : ''}`).join(' OR ');
  return isPrefix ? `${textColumns} : (${alternatives})` : `(${alternatives})`;
}

const termVocabularies: Partial<Record<FilterField, Vocabulary>> = {
  theme: 'themes',
  country: 'countries',
  region: 'regions',
  org: 'organisations',
};

interface FilterContext {
  readonly field: FilterField;
  readonly value: string;
  readonly yearBounds: YearBounds;
  readonly warnings: AppError[];
}

/** The filter tokens a field value stands for; null when the filter is to be ignored (with a warning). */
function filterValueTokens(db: Db, context: FilterContext): string[] | null {
  const { field, value, warnings } = context;
  const unknown = () => {
    warnings.push({ code: 'search.unknownValue', params: { field, value } });
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
      return yearTokens(context);
    default: {
      const vocabulary = termVocabularies[field] as Vocabulary;
      // `theme:youth` names the term `theme:youth`; a label or code works too, or part of a label.
      const exact = findTerm(db, vocabulary, value) ?? findTerm(db, vocabulary, `${field}:${value}`);
      const terms = exact ? [exact] : findTermsContaining(db, vocabulary, value);
      return terms.length > 0 ? terms.map((term) => termToken(term.id)) : unknown();
    }
  }
}

// `2020`, `2019..2023`, `..2018`, `2020..`; an open end stops at the library's earliest or latest year.
function yearTokens(context: FilterContext): string[] | null {
  const match = /^(\d{4})?(\.\.)?(\d{4})?$/.exec(context.value);
  if (!match || (!match[1] && !match[3])) {
    context.warnings.push({ code: 'search.badYear', params: { value: context.value } });
    return null;
  }
  const bounds = context.yearBounds;
  if (!bounds) return [noItemToken];
  let first = match[1] ? Number(match[1]) : bounds.min;
  let last = match[3] ? Number(match[3]) : match[2] ? bounds.max : first;
  // Only a range with both ends may be written backwards (2023..2019).
  if (match[1] && match[3] && first > last) [first, last] = [last, first];
  first = Math.max(first, bounds.min);
  last = Math.min(last, bounds.max);
  if (first > last) return [noItemToken];
  return Array.from({ length: last - first + 1 }, (_, index) => filterToken('year', String(first + index)));
}
