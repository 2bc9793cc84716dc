import type { AppError } from '../../api/errors';
import { splitWords } from './analysis';

/** The fields a query may filter on (docs/search.md). */
const filterFields = ['kind', 'theme', 'sdg', 'country', 'region', 'lang', 'year', 'org', 'tag', 'status', 'has'] as const;
/** One filter field. */
export type FilterField = (typeof filterFields)[number];

/** One thing a query asks for: words (a phrase when quoted or joined, a prefix with `*`), or a field filter. */
export type QueryUnit =
  | { readonly type: 'text'; readonly words: readonly string[]; readonly isPhrase: boolean; readonly isPrefix: boolean }
  | { readonly type: 'filter'; readonly field: FilterField; readonly value: string };

/** Units joined by OR; the whole clause may be excluded with `-`. A query is the AND of its clauses. */
interface QueryClause {
  readonly isNegated: boolean;
  readonly alternatives: readonly QueryUnit[];
}

/** A parsed query, and what was odd about it (never an exception: odd input is read as leniently as it can be). */
export interface ParsedQuery {
  readonly clauses: readonly QueryClause[];
  readonly warnings: readonly AppError[];
}

interface RawPiece {
  readonly text: string;
  readonly isQuoted: boolean;
  /** A piece that begins with a quote is a phrase, even if it holds a colon. */
  readonly isPhrase: boolean;
  readonly isNegated: boolean;
}

/**
 * Parses the query language: words (all must match), `"phrases"`, `-exclusion`, `OR` between two parts, `prefix*`
 * and `field:value` filters with `field:"quoted value"`. An unclosed quote runs to the end; a lone `-` or `*` is
 * ignored; an unknown field is searched as words, with a warning.
 */
export function parseQuery(input: string): ParsedQuery {
  const warnings: AppError[] = [];
  const clauses: Array<{ isNegated: boolean; alternatives: QueryUnit[] }> = [];
  let joinNext = false;
  for (const piece of splitPieces(input)) {
    if (piece.text === 'OR' && !piece.isQuoted && !piece.isNegated) {
      joinNext = clauses.length > 0;
      continue;
    }
    const unit = toUnit(piece, warnings);
    if (!unit) continue;
    const previous = clauses.at(-1);
    // `a OR -b` cannot be one group (FTS5 has no "or not"): the OR is dropped and each part stands alone.
    if (joinNext && previous && previous.isNegated === piece.isNegated) previous.alternatives.push(unit);
    else clauses.push({ isNegated: piece.isNegated, alternatives: [unit] });
    joinNext = false;
  }
  return { clauses, warnings };
}

function splitPieces(input: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  let index = 0;
  while (index < input.length) {
    while (index < input.length && /\s/.test(input[index] as string)) index += 1;
    if (index >= input.length) break;
    let isNegated = false;
    if (input[index] === '-') {
      isNegated = true;
      index += 1;
    }
    let text = '';
    let isQuoted = false;
    const isPhrase = input[index] === '"';
    while (index < input.length && !/\s/.test(input[index] as string)) {
      if (input[index] === '"') {
        // A quote opens a phrase (or a filter's quoted value) that runs to the next quote, or to the end.
        const close = input.indexOf('"', index + 1);
        const end = close === -1 ? input.length : close;
        text += input.slice(index + 1, end);
        isQuoted = true;
        index = end + 1;
      } else {
        text += input[index];
        index += 1;
      }
    }
    if (text.trim() !== '') pieces.push({ text, isQuoted, isPhrase, isNegated });
  }
  return pieces;
}

function toUnit(piece: RawPiece, warnings: AppError[]): QueryUnit | undefined {
  const filter = piece.isPhrase ? null : /^([a-zA-Z]+):(.*)$/s.exec(piece.text);
  if (filter) {
    const field = (filter[1] as string).toLowerCase();
    const value = (filter[2] as string).trim();
    if ((filterFields as readonly string[]).includes(field)) {
      if (value === '') {
        warnings.push({ code: 'search.emptyFilter', params: { field } });
        return undefined;
      }
      return { type: 'filter', field: field as FilterField, value };
    }
    // Words such as "http://…" or "note:" are rarely meant as filters: search them as words, and say so.
    warnings.push({ code: 'search.unknownField', params: { field } });
  }
  const isPrefix = !piece.isQuoted && piece.text.endsWith('*');
  const words = splitWords(piece.text).map((span) => span.word);
  if (words.length === 0) return undefined;
  return { type: 'text', words, isPhrase: piece.isQuoted || words.length > 1, isPrefix };
}
