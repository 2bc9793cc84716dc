import { describe, expect, it } from 'vitest';
import type { TermId } from '../../../../../electron/api/ids';
import type { Term } from '../../../../../electron/api/types';
import type { Labels } from '../../../../../electron/api/vocabularyCodes';
import { matchSdgs, matchTerms } from './termMatching';

function term(id: string, labels: Labels, options: { code?: string; isRetired?: boolean } = {}): Term {
  return {
    id: id as TermId,
    vocabulary: id.startsWith('country:') ? 'countries' : 'themes',
    code: options.code ?? null,
    labels,
    parentId: null,
    isRetired: options.isRetired ?? false,
    organisationType: null,
    country: null,
    itemCount: 0,
    mergedInto: null,
  };
}

const gender = term('theme:gender', {
  fr: 'Égalité de genre',
  en: 'Gender equality',
  es: 'Igualdad de género',
  ar: 'المساواة بين الجنسين',
});
const youth = term('theme:youth', { fr: 'Jeunesse', en: 'Youth', es: 'Juventud', ar: 'الشباب' });
const old = term(
  'theme:old',
  { fr: 'Genre (ancien)', en: 'Gender (old)', es: 'Género (antiguo)', ar: 'النوع (قديم)' },
  { isRetired: true },
);
const tunisia = term('country:TN', { fr: 'Tunisie', en: 'Tunisia', es: 'Túnez', ar: 'تونس' }, { code: 'TN' });
const turkey = term('country:TR', { fr: 'Turquie', en: 'Türkiye', es: 'Turquía', ar: 'تركيا' }, { code: 'TR' });
const terms = [gender, youth, old, tunisia, turkey];
const ids = (matches: ReturnType<typeof matchTerms>) => matches.map((match) => match.term.id);

describe('matchTerms', () => {
  it('matches a label in another language, ignoring case and accents, and says which label matched', () => {
    expect(matchTerms(terms, 'genero', 'fr')).toEqual([{ term: gender, matchedLabel: { language: 'es', label: 'Igualdad de género' } }]);
  });

  it('shows no other label when the interface language’s own label matched', () => {
    expect(matchTerms(terms, 'EGALITE', 'fr')).toEqual([{ term: gender }]);
  });

  it('matches Arabic labels, with or without the hamza and short vowels', () => {
    expect(ids(matchTerms(terms, 'المساواة', 'en'))).toEqual(['theme:gender']);
    expect(ids(matchTerms(terms, 'الشَّباب', 'fr'))).toEqual(['theme:youth']);
  });

  it('matches a code before labels that merely contain the text', () => {
    expect(ids(matchTerms(terms, 'TN', 'en'))).toEqual(['country:TN']);
    expect(ids(matchTerms(terms, 'tu', 'fr'))).toEqual(['country:TN', 'country:TR']);
  });

  it('never offers a retired term, and offers every other term for an empty text', () => {
    expect(ids(matchTerms(terms, 'ancien', 'fr'))).toEqual([]);
    expect(ids(matchTerms(terms, '', 'fr'))).toEqual(['theme:gender', 'theme:youth', 'country:TN', 'country:TR']);
  });
});

function sdg(code: string, en: string, fr: string): Term {
  return {
    ...term(`sdg:${code}`, { fr, en, es: en, ar: en }, { code }),
    vocabulary: 'sdgs',
    parentId: code.includes('.') ? (`sdg:${code.split('.')[0]}` as TermId) : null,
  };
}

const sdgs = [
  sdg('5', 'Achieve gender equality and empower all women and girls', 'Parvenir à l’égalité des sexes'),
  sdg(
    '5.2',
    'Eliminate all forms of violence against all women and girls',
    'Éliminer de la vie publique et de la vie privée toutes les formes de violence',
  ),
  sdg('5.a', 'Undertake reforms to give women equal rights to economic resources', 'Entreprendre des réformes'),
  sdg('15', 'Protect, restore and promote sustainable use of terrestrial ecosystems', 'Préserver et restaurer les écosystèmes terrestres'),
  sdg('11.3', 'Enhance inclusive and sustainable urbanization', 'Renforcer l’urbanisation durable'),
];
const codes = (terms: Term[]) => terms.map((found) => found.code);

describe('matchSdgs', () => {
  it('finds a target by its code, and a goal with its targets by the goal’s number', () => {
    expect(codes(matchSdgs(sdgs, '5.2'))).toEqual(['5.2']);
    expect(codes(matchSdgs(sdgs, '5'))).toEqual(['5', '5.2', '5.a']);
  });

  it('finds goals and targets by words of their titles in any language, in the order of their codes', () => {
    expect(codes(matchSdgs(sdgs, 'violence women'))).toEqual(['5.2']);
    expect(codes(matchSdgs(sdgs, 'ecosystemes'))).toEqual(['15']);
    expect(codes(matchSdgs(sdgs, 'sustainable'))).toEqual(['11.3', '15']);
  });
});
