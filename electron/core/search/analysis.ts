import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

// Text analysis shared by the library's index and the pack viewer's lunr pipeline, so that both agree on what a
// word matches. No Node or DOM here: the viewer bundles this file for the browser.

const latinStemmers: Readonly<Record<string, (word: string) => string>> = {
  fr: frenchStemmer,
  en: englishStemmer,
  es: spanishStemmer,
};

/** A word of a text and where it stands, for snippets. */
export interface WordSpan {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
const arabicScript = /[\u0600-\u06FF]/;

/** The words of a text with their offsets; apostrophes and hyphens separate words (`l'égalité` → `l`, `égalité`). */
export function splitWords(text: string): WordSpan[] {
  return [...text.matchAll(wordPattern)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Lower case without accents: `Égalité` → `egalite`. Arabic letters keep their own folding (foldArabic). */
function foldLatin(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Before stemming: short vowels (tashkeel) and tatweel removed, alef forms and alef maqsura unified, so that
// spelling variants of one word reach the stemmer alike.
function normalizeArabic(word: string): string {
  return (
    word
      .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A')
      // A final ه is often a taa marbuta typed without its dots: read it as one, the stemmer treats both as endings.
      .replace(/\u0647$/, '\u0629')
  );
}

// The Snowball stemmer removes the article and most particles joined to it, but not a conjunction (و, ف) before
// them, nor كال: those are taken off first. A lone و or ف stays: many words begin with those letters (وزارة).
const conjunctionBeforeArticle = /^[\u0648\u0641](?=(?:\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0644\u0644).{2,})/u;
const kaArticle = /^\u0643(?=\u0627\u0644.{2,})/u;

function analyzeArabic(word: string): string {
  const bare = normalizeArabic(word).replace(conjunctionBeforeArticle, '').replace(kaArticle, '');
  // Taa marbuta is folded after stemming, since the stemmer reads it as a suffix.
  return arabicStemmer(bare).replace(/\u0629/g, '\u0647');
}

const caches = new Map<string, Map<string, string>>();
const cacheLimit = 200_000;

// Stemming is the costly step of indexing; a text repeats its words, so remember each word's stem.
function cached(language: string, word: string, analyze: (word: string) => string): string {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map()));
  let token = cache.get(word);
  if (token === undefined) {
    if (cache.size >= cacheLimit) cache.clear();
    token = analyze(word);
    cache.set(word, token);
  }
  return token;
}

/**
 * The index token of a word written in `language` (ISO 639-1; null when unknown): Arabic script goes through the
 * Arabic analysis whatever the language, other words are folded then stemmed in French, English or Spanish, and
 * only folded in any other language.
 */
export function analyzeWord(word: string, language: string | null): string {
  if (arabicScript.test(word)) return cached('ar', word, analyzeArabic);
  const stem = language === null ? undefined : latinStemmers[language];
  if (!stem) return cached('', word, foldLatin);
  return cached(language as string, word, (w) => stem(foldLatin(w)));
}

/** A text's index tokens, in order, separated by spaces: what the full-text index stores for it. */
export function analyzeText(text: string, language: string | null): string {
  let tokens = '';
  for (const match of text.matchAll(wordPattern)) {
    const token = analyzeWord(match[0], language);
    if (token) tokens += tokens ? ` ${token}` : token;
  }
  return tokens;
}

/** The languages a query word may be stemmed in: its language is unknown, so each is tried. */
export const queryLanguages: readonly (string | null)[] = ['fr', 'en', 'es', null];

// The article and the one-letter particles written joined to a word: ال، ل، ب، ك.
const arabicAttachments = ['\u0627\u0644', '\u0644', '\u0628', '\u0643'];

/**
 * Every token a query word may stand for: one per language it could be written in. An Arabic word is also tried
 * bare and with the article or a one-letter particle in front, since the stemmer strips those only in some
 * contexts (بلديات and البلديات, مشروع and لمشروع must meet whichever form the text has).
 */
export function queryTokens(word: string): string[] {
  if (arabicScript.test(word)) {
    const bare = normalizeArabic(word)
      .replace(conjunctionBeforeArticle, '')
      .replace(/^\u0627\u0644(?=.{2,})/u, '');
    const forms = [word, bare, ...arabicAttachments.map((attachment) => `${attachment}${bare}`)];
    return [...new Set(forms.map((form) => analyzeWord(form, 'ar')))].filter(Boolean);
  }
  return [...new Set(queryLanguages.map((language) => analyzeWord(word, language)))].filter(Boolean);
}
