import { sampleWords } from './corpus';

/** One benchmark query: the text in Compendium's language, and what kind of query it is. */
export interface BenchQuery {
  readonly text: string;
  readonly kind: 'common' | 'rare' | 'phrase' | 'prefix' | 'filter' | 'mixed';
}

/** The fixed query mix: common and rare words in each language, phrases, prefixes, filters and mixes. */
export function queryMix(resourcesDir: string): BenchQuery[] {
  const words = sampleWords(resourcesDir);
  const languages = ['fr', 'en', 'es', 'ar'] as const;
  return [
    ...languages.flatMap((language) => words[language].common.map((text) => ({ text, kind: 'common' as const }))),
    ...languages.flatMap((language) => words[language].rare.map((text) => ({ text, kind: 'rare' as const }))),
    ...['"climate change"', '"changement climatique"', '"igualdad de género"', '"développement durable"'].map((text) => ({
      text,
      kind: 'phrase' as const,
    })),
    ...['munic*', 'sustain*', 'développ*', 'polít*'].map((text) => ({ text, kind: 'prefix' as const })),
    ...['kind:policy', 'sdg:5', 'country:TN', 'region:002', 'lang:ar', 'year:2015..2020', 'theme:gender-equality status:published'].map(
      (text) => ({ text, kind: 'filter' as const }),
    ),
    ...[
      `${words.en.common[0]} kind:practice`,
      `${words.fr.common[1]} sdg:5 lang:fr`,
      `${words.es.common[0]} -kind:policy`,
      'climate OR climat OR clima',
      `${words.ar.common[0]} year:2020..`,
    ].map((text) => ({ text, kind: 'mixed' as const })),
  ];
}
