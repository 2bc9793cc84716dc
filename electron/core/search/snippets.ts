import { analyzeWord, splitWords } from './analysis';

/** A stretch of an item's own text around the words a query matched. */
export interface Snippet {
  /** The original text, accents and Arabic intact, with `…` where it was cut. */
  readonly text: string;
  /** [start, end) offsets in `text` of each matched word. */
  readonly highlights: ReadonlyArray<readonly [number, number]>;
}

/** What counts as a match: the query's index tokens, and prefixes from `word*`. */
export interface Highlighter {
  readonly tokens: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

const windowWords = 28;

/** True when a word of a text written in `language` matches the query. */
function isMatch(word: string, language: string, highlighter: Highlighter): boolean {
  const token = analyzeWord(word, language);
  return highlighter.tokens.has(token) || highlighter.prefixes.some((prefix) => token.startsWith(prefix));
}

/** Every matched word of a whole short text, such as a title. */
export function highlightAll(text: string, language: string, highlighter: Highlighter): Snippet {
  const spans = splitWords(text).filter((span) => isMatch(span.word, language, highlighter));
  return { text, highlights: spans.map((span) => [span.start, span.end] as const) };
}

/**
 * The best stretch of the first field (in the order given) that holds the most matched words; with no match,
 * the opening of the first non-empty field.
 */
export function makeSnippet(fields: readonly string[], language: string, highlighter: Highlighter): Snippet {
  let best: { text: string; spans: ReturnType<typeof splitWords>; matches: number[]; start: number; count: number } | undefined;
  for (const text of fields) {
    if (!text) continue;
    const spans = splitWords(text);
    const matches = spans.flatMap((span, index) => (isMatch(span.word, language, highlighter) ? [index] : []));
    // The window that holds the most matches, starting a few words before its first one.
    for (const [position, first] of matches.entries()) {
      const count = matches.slice(position).filter((index) => index < first + windowWords).length;
      if (!best || count > best.count) best = { text, spans, matches, start: Math.max(0, first - 6), count };
    }
    if (!best && matches.length === 0 && spans.length > 0) best = { text, spans, matches, start: 0, count: 0 };
  }
  if (!best) return { text: '', highlights: [] };
  const { text, spans, matches, start } = best;
  const end = Math.min(spans.length, start + windowWords);
  const from = start === 0 ? 0 : (spans[start]?.start ?? 0);
  const to = end >= spans.length ? text.length : (spans[end - 1]?.end ?? text.length);
  const prefix = from > 0 ? '…' : '';
  const excerpt = `${prefix}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
  // Offsets are found again in the excerpt, since collapsing whitespace moved them.
  const highlights: Array<readonly [number, number]> = [];
  let cursor = prefix.length;
  for (const index of matches.filter((match) => match >= start && match < end)) {
    const word = spans[index]?.word ?? '';
    const at = excerpt.indexOf(word, cursor);
    if (at === -1) continue;
    highlights.push([at, at + word.length]);
    cursor = at + word.length;
  }
  return { text: excerpt, highlights };
}

/** The snippet as HTML: text escaped, matched words in `<mark>`. */
export function snippetToHtml(snippet: Snippet): string {
  let html = '';
  let cursor = 0;
  for (const [start, end] of snippet.highlights) {
    html += `${escapeHtml(snippet.text.slice(cursor, start))}<mark>${escapeHtml(snippet.text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return html + escapeHtml(snippet.text.slice(cursor));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
