import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';

const text = (words: string[], options: { isPhrase?: boolean; isPrefix?: boolean } = {}) => ({
  type: 'text',
  words,
  isPhrase: options.isPhrase ?? words.length > 1,
  isPrefix: options.isPrefix ?? false,
});

describe('parseQuery', () => {
  it('reads words, phrases, exclusions, OR, prefixes and filters', () => {
    expect(parseQuery('budget "égalité de genre" -climat eau OR assainissement munic* org:"Ville de Sfax" year:2019..2023')).toEqual({
      clauses: [
        { isNegated: false, alternatives: [text(['budget'])] },
        { isNegated: false, alternatives: [text(['égalité', 'de', 'genre'])] },
        { isNegated: true, alternatives: [text(['climat'])] },
        { isNegated: false, alternatives: [text(['eau']), text(['assainissement'])] },
        { isNegated: false, alternatives: [text(['munic'], { isPrefix: true })] },
        { isNegated: false, alternatives: [{ type: 'filter', field: 'org', value: 'Ville de Sfax' }] },
        { isNegated: false, alternatives: [{ type: 'filter', field: 'year', value: '2019..2023' }] },
      ],
      warnings: [],
    });
  });

  it.each([
    ['an unclosed quote runs to the end', '"égalité de', [{ isNegated: false, alternatives: [text(['égalité', 'de'])] }], []],
    ['a lone minus is ignored', 'budget -', [{ isNegated: false, alternatives: [text(['budget'])] }], []],
    ['a lone star is ignored', '* eau', [{ isNegated: false, alternatives: [text(['eau'])] }], []],
    ['OR at the start or the end is ignored', 'OR eau OR', [{ isNegated: false, alternatives: [text(['eau'])] }], []],
    [
      'OR between a word and an exclusion keeps them apart',
      'genre OR -budget',
      [
        { isNegated: false, alternatives: [text(['genre'])] },
        { isNegated: true, alternatives: [text(['budget'])] },
      ],
      [],
    ],
    [
      'lower-case or is a word',
      'eau or feu',
      [
        { isNegated: false, alternatives: [text(['eau'])] },
        { isNegated: false, alternatives: [text(['or'])] },
        { isNegated: false, alternatives: [text(['feu'])] },
      ],
      [],
    ],
    [
      'an unknown field is searched as words, with a warning',
      'colour:red',
      [{ isNegated: false, alternatives: [text(['colour', 'red'])] }],
      [{ code: 'search.unknownField', params: { field: 'colour' } }],
    ],
    ['a filter without a value is dropped, with a warning', 'kind:', [], [{ code: 'search.emptyFilter', params: { field: 'kind' } }]],
    ['a quoted phrase with a colon is a phrase', '"note: bien"', [{ isNegated: false, alternatives: [text(['note', 'bien'])] }], []],
    ['an elided French word is a phrase of its parts', "l'égalité", [{ isNegated: false, alternatives: [text(['l', 'égalité'])] }], []],
    [
      'filter field names ignore case',
      'KIND:policy',
      [{ isNegated: false, alternatives: [{ type: 'filter', field: 'kind', value: 'policy' }] }],
      [],
    ],
    ['an empty query asks for nothing', '   ', [], []],
  ])('%s', (_, query, clauses, warnings) => {
    expect(parseQuery(query)).toEqual({ clauses, warnings });
  });
});
