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

const firstLetters = new WeakMap<Highlighter, Set<string>>();
const foldedFirst = new Map<string, string>();

/** True when a word of a text written in `language` matches the query. */
function isMatch(word: string, language: string, highlighter: Highlighter): boolean {
  // Most words of a text cannot match: a Latin-script token starts with the word's first letter, folded, so one
  // set lookup spares the stemmer. Arabic words may lose a prefix to analysis, so they always go through.
  const first = word.charCodeAt(0);
  if (first < 0x0600 || first > 0x06ff) {
    let letters = firstLetters.get(highlighter);
    if (!letters) {
      letters = new Set([...highlighter.tokens, ...highlighter.prefixes].map((token) => token.charAt(0)));
      firstLetters.set(highlighter, letters);
    }
    const letter = word.charAt(0);
    let folded = foldedFirst.get(letter);
    if (folded === undefined) {
      folded = letter.normalize('NFD').charAt(0).toLowerCase();
      foldedFirst.set(letter, folded);
    }
    if (!letters.has(folded)) return false;
  }
  const token = analyzeWord(word, language);
  return highlighter.tokens.has(token) || highlighter.prefixes.some((prefix) => token.startsWith(prefix));
}

/** Every matched word of a whole short text, such as a title. */
export function highlightAll(text: string, language: string, highlighter: Highlighter): Snippet {
  const spans = splitWords(text).filter((span) => isMatch(span.word, language, highlighter));
  return { text, highlights: spans.map((span) => [span.start, span.end] as const) };
}

const wordsBefore = 6;

/**
 * A stretch of the first field (in the order given) that holds a matched word: from a few words before the first
 * match to a window's length after it, with every match inside marked. With no match anywhere, the opening of the
 * first non-empty field. It reads each text only up to the window it keeps: bodies can be long, and a page of
 * results should not analyse them whole.
 */
export function makeSnippet(fields: readonly string[], language: string, highlighter: Highlighter): Snippet {
  for (const text of fields) {
    const snippet = text ? snippetAroundFirstMatch(text, language, highlighter) : undefined;
    if (snippet) return snippet;
  }
  const opening = fields.find((text) => text.trim() !== '');
  return opening ? excerpt(opening, { from: 0, words: [], count: windowWords }) : { text: '', highlights: [] };
}

// A match further into a long body is left for the reader: past this many characters the snippet is the opening.
const scanLimit = 20_000;

function snippetAroundFirstMatch(text: string, language: string, highlighter: Highlighter): Snippet | undefined {
  const pattern = /[\p{L}\p{M}\p{N}]+/gu;
  const recentStarts: number[] = [];
  for (let match = pattern.exec(text); match && match.index < scanLimit; match = pattern.exec(text)) {
    if (isMatch(match[0], language, highlighter)) {
      const from = recentStarts.length >= wordsBefore ? (recentStarts[0] ?? 0) : 0;
      const words: Array<[number, number]> = [[match.index, match.index + match[0].length]];
      let count = recentStarts.length + 1;
      for (let next = pattern.exec(text); next && count < windowWords; next = pattern.exec(text), count += 1) {
        if (isMatch(next[0], language, highlighter)) words.push([next.index, next.index + next[0].length]);
      }
      return excerpt(text, { from, words, count });
    }
    recentStarts.push(match.index);
    if (recentStarts.length > wordsBefore) recentStarts.shift();
  }
  return undefined;
}

// Cuts `text` from `from` to the end of its `count`-th word, collapses whitespace, and maps the matched words'
// offsets into the cut text.
function excerpt(text: string, window: { from: number; words: ReadonlyArray<[number, number]>; count: number }): Snippet {
  const pattern = /[\p{L}\p{M}\p{N}]+/gu;
  pattern.lastIndex = window.from;
  let to = text.length;
  for (let index = 0, match = pattern.exec(text); match; match = pattern.exec(text), index += 1) {
    if (index === window.count - 1) {
      to = match.index + match[0].length;
      break;
    }
  }
  const prefix = window.from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  let cut = prefix;
  const highlights: Array<readonly [number, number]> = [];
  let cursor = window.from;
  for (const [start, end] of window.words) {
    if (end > to) break;
    cut += text.slice(cursor, start).replace(/\s+/g, ' ');
    highlights.push([cut.length, cut.length + (end - start)]);
    cut += text.slice(start, end);
    cursor = end;
  }
  return { text: `${cut}${text.slice(cursor, to).replace(/\s+/g, ' ')}${suffix}`, highlights };
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
