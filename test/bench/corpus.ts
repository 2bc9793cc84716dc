import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitWords } from '../../electron/core/search/analysis';

// A deterministic multilingual corpus for the search benchmark: the words come from the SDG titles and
// vocabulary labels Compendium ships, drawn with a Zipf-like frequency, so common and rare words behave as in
// real text. The same seed always gives the same items.

const languages = ['fr', 'en', 'es', 'ar'] as const;
type Language = (typeof languages)[number];

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  /** Words by language, most frequent first. */
  readonly words: Readonly<Record<Language, readonly string[]>>;
  readonly targets: readonly string[];
  readonly themes: readonly string[];
  readonly countries: readonly string[];
}

function loadPools(resourcesDir: string): Pools {
  const sdg = JSON.parse(readFileSync(join(resourcesDir, 'data/sdg.json'), 'utf8')) as {
    goals: Array<{ goal: number; title: Record<Language, string>; targets: Array<{ target: string; title: Record<Language, string> }> }>;
  };
  const themes = JSON.parse(readFileSync(join(resourcesDir, 'data/themes.json'), 'utf8')) as {
    themes: Array<{ id: string; labels: Record<Language, string> }>;
  };
  const regions = JSON.parse(readFileSync(join(resourcesDir, 'data/regions.json'), 'utf8')) as { countries: Record<string, string> };
  const words = Object.fromEntries(
    languages.map((language) => {
      const counts = new Map<string, number>();
      const texts = [
        ...sdg.goals.flatMap((goal) => [goal.title[language], ...goal.targets.map((target) => target.title[language])]),
        ...themes.themes.map((theme) => theme.labels[language]),
      ];
      for (const text of texts)
        for (const { word } of splitWords(text))
          if (!/^\d+$/.test(word)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
      return [language, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word)];
    }),
  ) as Record<Language, string[]>;
  return {
    words,
    targets: sdg.goals.flatMap((goal) => goal.targets.map((target) => target.target)),
    themes: themes.themes.map((theme) => theme.id),
    countries: Object.keys(regions.countries),
  };
}

/** One generated item, in the public item format, with its body as ProseMirror JSON (no Markdown to parse). */
export type BenchItem = Record<string, unknown> & { id: string; title: string; language: Language };

/** Items `from` to `to` (exclusive) of the corpus: item n is the same whatever the batch it is made in. */
export function* generateItems(options: { resourcesDir: string; from: number; to: number }): Generator<BenchItem> {
  const pools = loadPools(options.resourcesDir);
  for (let index = options.from; index < options.to; index += 1) yield makeItem(pools, index);
}

function makeItem(pools: Pools, index: number): BenchItem {
  const next = random(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  // Zipf-like: low ranks (frequent words) come up far more often than the tail.
  const word = (language: Language) => {
    const list = pools.words[language];
    return list[Math.min(list.length - 1, Math.floor(list.length ** next() - 1))] as string;
  };
  const sentence = (language: Language, length: number) => {
    const words = Array.from({ length }, () => word(language));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const language = pick([...languages, 'fr', 'en', 'es', 'fr'] as const);
  const paragraphs: string[] = [];
  let words = 300 + Math.floor(next() * 1200);
  while (words > 0) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(language, 8 + Math.floor(next() * 13)));
    paragraphs.push(sentences.join(' '));
    words -= sentences.join(' ').split(' ').length;
  }
  const kind = pick(['practice', 'practice', 'policy', 'toolkit'] as const);
  const year = 2000 + Math.floor(next() * 26);
  const hex = (index + 1).toString(16).padStart(12, '0');
  return {
    id: `b0000000-0000-4000-8000-${hex}`,
    kind,
    language,
    title: sentence(language, 4 + Math.floor(next() * 8)).slice(0, -1),
    summary: sentence(language, 20 + Math.floor(next() * 20)),
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    themes: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(pools.themes)))],
    sdgs: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(pools.targets)))],
    countries: [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(pools.countries)))],
    date: String(year),
    tags: [word(language), word(language)],
    status: pick(['published', 'published', 'published', 'draft', 'archived'] as const),
  };
}

/** Words from each language's frequent head and rare tail, for the query mix. */
export function sampleWords(resourcesDir: string): Record<Language, { common: string[]; rare: string[] }> {
  const pools = loadPools(resourcesDir);
  return Object.fromEntries(
    languages.map((language) => {
      const list = pools.words[language].filter((candidate) => candidate.length > 4);
      return [language, { common: list.slice(0, 3), rare: list.slice(-40, -37) }];
    }),
  ) as Record<Language, { common: string[]; rare: string[] }>;
}
