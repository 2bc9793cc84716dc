import { beforeAll, describe, expect, it } from 'vitest';
import { facetNames, type Facets, type SearchPage } from '../../api/types';
import { createItems } from '../items/createItems';
import { getItem } from '../items/getItem';
import { deleteItem, restoreItem } from '../items/trash';
import { updateItem } from '../items/updateItem';
import type { Library } from '../library/library';
import { testLibrary } from '../library/testLibrary';
import { createSavedSearch, deleteSavedSearch, listSavedSearches, updateSavedSearch } from './savedSearches';
import { searchItems } from './searchItems';
import { renameTerm } from '../vocabularies/editTerms';
import { ok } from '../../api/errors';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ids = { budget: id(1), water: id(2), youth: id(3), arabic: id(4), climate: id(5), compostTitle: id(6), compostBody: id(7) };

const corpus = [
  {
    id: ids.budget,
    kind: 'practice',
    language: 'fr',
    title: 'Budget sensible au genre à Tadla',
    summary: 'La municipalité publie chaque année une annexe consacrée à l’égalité entre les femmes et les hommes.',
    themes: ['theme:gender-equality'],
    sdgs: ['5.c'],
    countries: ['MA'],
    date: '2021',
    tags: ['budget genre'],
    organisations: [{ name: 'Ville de Sfax', role: 'partner' }],
    status: 'published',
  },
  {
    id: ids.water,
    kind: 'practice',
    language: 'en',
    title: 'Water partnership between two cities',
    body: 'The city of Ndiobène and a Belgian city share their know-how on drinking water.',
    themes: ['theme:water-sanitation'],
    sdgs: ['6.1'],
    countries: ['SN', 'BE'],
    period: { from: '2019', to: '2022' },
    status: 'published',
  },
  {
    id: ids.youth,
    kind: 'policy',
    language: 'es',
    title: 'Política municipal de juventud',
    body: 'Las políticas públicas locales deben escuchar a los jóvenes.',
    themes: ['theme:youth'],
    sdgs: ['16.7'],
    countries: ['EC'],
    date: '2023',
    status: 'draft',
  },
  {
    id: ids.arabic,
    kind: 'toolkit',
    language: 'ar',
    title: 'دليل المساواة في البلديات',
    body: 'يهدف الدليل إلى تعزيز المُسَاوَاة بين النساء والرجال في المجالس المنتخبة بالمدينة.',
    themes: ['theme:gender-equality'],
    sdgs: ['5.5'],
    countries: ['JO'],
    date: '2018',
    status: 'published',
  },
  {
    id: ids.climate,
    kind: 'toolkit',
    language: 'en',
    title: 'Checklist for climate adaptation plans',
    body: 'Ask who is consulted: young people, women, older residents.',
    themes: ['theme:climate-action-finance'],
    date: '2022',
    status: 'published',
  },
  { id: ids.compostTitle, kind: 'practice', language: 'en', title: 'Compost in schools', status: 'published' },
  {
    id: ids.compostBody,
    kind: 'practice',
    language: 'en',
    title: 'Market waste',
    body: 'Traders sort the market waste every evening. Part of it becomes compost for the municipal gardens.',
    status: 'published',
  },
];

let lib: Library;
const search = (text: string, options: Partial<Parameters<typeof searchItems>[1]> = {}): SearchPage => {
  const page = searchItems(lib, { text, limit: 50, offset: 0, language: 'en', ...options });
  if (!page.ok) throw new Error(page.error.code);
  return page.value;
};
const found = (text: string) => new Set(search(text).results.map((result) => result.id));

describe('search', () => {
  beforeAll(async () => {
    lib = testLibrary();
    const created = await createItems(lib, corpus);
    if (!created.ok) throw new Error(`${created.error.code} ${JSON.stringify(created.error.params)}`);
  });

  it.each([
    ['a French item by the English label of its theme', 'gender', [ids.budget, ids.arabic]],
    ['an accented word without its accents', 'annee', [ids.budget]],
    ['items whose theme label has the word, in any of its languages', 'egalite', [ids.budget, ids.arabic]],
    ['a French plural from its singular', 'municipalités', [ids.budget]],
    ['a Spanish singular from its plural, and SDG targets whose Spanish title has it', 'políticas', [ids.youth, ids.budget, ids.arabic]],
    ['a Spanish plural from its singular', 'joven', [ids.youth]],
    ['an English plural from its singular', 'city', [ids.water]],
    ['an English singular from its plural', 'cities', [ids.water]],
    ['Arabic typed without diacritics or taa marbuta, in text and in the Arabic label of a theme', 'المساواه', [ids.arabic, ids.budget]],
    ['Arabic with a particle and the article, from the bare word', 'مدينة', [ids.arabic]],
    ['Arabic without the article', 'بلديات', [ids.arabic]],
  ])('finds %s', (_, query, expected) => {
    expect(found(query)).toEqual(new Set(expected));
  });

  it('ranks a title hit above a body hit', () => {
    expect(search('compost').results.map((result) => result.id)).toEqual([ids.compostTitle, ids.compostBody]);
  });

  it('ranks large result sets by field, title first, then by recency', () => {
    const tiered = (text: string) => {
      const page = searchItems(lib, { text, limit: 10, offset: 0, language: 'en' }, { bm25Limit: 0 });
      return page.ok ? page.value.results.map((result) => result.id) : [];
    };
    expect(tiered('compost')).toEqual([ids.compostTitle, ids.compostBody]);
    // "city" stands in a title, "traders" only in a body.
    expect(tiered('city OR traders')).toEqual([ids.water, ids.compostBody]);
  });

  it.each([
    ['kind:toolkit', [ids.arabic, ids.climate]],
    ['theme:gender-equality', [ids.budget, ids.arabic]],
    ['theme:"Égalité de genre"', [ids.budget, ids.arabic]],
    ['sdg:5', [ids.budget, ids.arabic]],
    ['sdg:5.5', [ids.arabic]],
    ['country:MA', [ids.budget]],
    ['country:maroc', [ids.budget]],
    ['region:015', [ids.budget]],
    ['region:"Western Africa"', [ids.water]],
    ['region:002', [ids.budget, ids.water]],
    ['lang:es', [ids.youth]],
    ['year:2021', [ids.budget, ids.water]],
    ['year:2019..2021', [ids.budget, ids.water]],
    ['year:..2018', [ids.arabic]],
    ['year:2023..', [ids.youth]],
    ['org:Sfax', [ids.budget]],
    ['org:"Ville de Sfax"', [ids.budget]],
    ['tag:"budget genre"', [ids.budget]],
    ['status:draft', [ids.youth]],
    ['has:attachment', []],
    ['kind:practice sdg:5', [ids.budget]],
    ['kind:toolkit year:2022 climate', [ids.climate]],
    ['country:SN OR country:EC', [ids.water, ids.youth]],
    ['compost -school', [ids.compostBody]],
    ['kind:practice -sdg:6', [ids.budget, ids.compostTitle, ids.compostBody]],
    ['-kind:practice -kind:toolkit', [ids.youth]],
    ['"drinking water"', [ids.water]],
    ['"water drinking"', []],
    ['compo*', [ids.compostTitle, ids.compostBody]],
    ['municipalit*', [ids.budget, ids.youth, ids.compostBody]],
    ['kind*', []],
    ['year* any*', []],
    ['juventud OR cities', [ids.youth, ids.water]],
  ])('filters and operators: %s', (query, expected) => {
    expect(found(query)).toEqual(new Set(expected));
  });

  it('counts facets exactly as a count over the matching items does', () => {
    for (const query of ['', 'kind:practice', 'gender OR water', '-compost']) {
      const page = search(query);
      const expected = Object.fromEntries(facetNames.map((name) => [name, {} as Record<string, number>])) as Record<
        keyof Facets,
        Record<string, number>
      >;
      const add = (facet: keyof Facets, value: string) => (expected[facet][value] = (expected[facet][value] ?? 0) + 1);
      for (const result of page.results) {
        const item = getItem(lib.read, { id: result.id });
        if (!item.ok) throw new Error('missing');
        const value = item.value;
        add('kind', value.kind);
        add('language', value.language);
        add('status', value.status);
        for (const theme of value.themes ?? []) add('theme', theme);
        for (const goal of new Set((value.sdgs ?? []).map((code) => code.split('.')[0] as string))) add('sdg', goal);
        for (const country of value.countries ?? []) add('country', country);
        const from = Number((value.date ?? value.period?.from)?.slice(0, 4));
        const to = value.period?.to ? Number(value.period.to.slice(0, 4)) : from;
        if (from) for (let year = from; year <= to; year += 1) add('year', String(year));
      }
      expect(page.total).toBe(page.results.length);
      for (const name of facetNames) expect(page.facets[name]).toEqual(expected[name]);
    }
  });

  it('shows snippets of the original text with the matched words marked', () => {
    const result = search('egalite').results.find((hit) => hit.id === ids.budget);
    expect(result?.snippet).toContain('l’égalité');
    const [start, end] = result?.highlights[0] ?? [0, 0];
    expect(result?.snippet.slice(start, end)).toBe('égalité');
    expect(result?.snippetHtml).toContain('l’<mark>égalité</mark>');
    const [arabic] = search('المساواة').results;
    expect(arabic?.snippet).toContain('المُسَاوَاة');
    expect(arabic?.titleHtml).toBe('دليل <mark>المساواة</mark> في البلديات');
  });

  it.each([
    '"unclosed phrase',
    '-',
    '*',
    'OR',
    '((',
    'year:abc',
    'foo:bar',
    'kind:recipe',
    'sdg:99',
    '"',
    '-"',
    'year:',
    'org:""',
    '\u0301',
    '-\u0301',
    '\u0301*',
    'ـ',
    'NEAR(a b)',
    'a AND NOT b',
    '^start',
    '{title}: x',
    '"a" "b" OR',
  ])('answers the malformed query %s without throwing', (query) => {
    const page = searchItems(lib, { text: query, limit: 10, offset: 0, language: 'fr' });
    expect(page.ok).toBe(true);
  });

  it('warns about what it could not read, naming it', () => {
    expect(search('kind:recipe').warnings).toEqual([{ code: 'search.unknownValue', params: { field: 'kind', value: 'recipe' } }]);
    expect(search('kind:recipe').total).toBe(0);
    expect(search('year:abc compost').warnings).toEqual([{ code: 'search.badYear', params: { value: 'abc' } }]);
    expect(search('year:abc compost').total).toBe(2);
    expect(search('-year:abc compost').total).toBe(2);
  });

  it('sorts by date, by title in the interface language, and pages', () => {
    expect(search('kind:toolkit', { sort: 'date' }).results.map((result) => result.id)).toEqual([ids.climate, ids.arabic]);
    const titles = search('lang:fr OR lang:es', { sort: 'title', language: 'fr' }).results.map((result) => result.title);
    expect(titles).toEqual(['Budget sensible au genre à Tadla', 'Política municipal de juventud']);
    const all = search('', { sort: 'title' }).results.map((result) => result.id);
    expect(search('', { sort: 'title', limit: 2, offset: 2 }).results.map((result) => result.id)).toEqual(all.slice(2, 4));
  });
});

describe('search after changes', () => {
  it('drops an edited or trashed item from results at once, and brings a restored one back', async () => {
    lib = testLibrary();
    await createItems(lib, corpus);
    expect(found('compost')).toEqual(new Set([ids.compostTitle, ids.compostBody]));
    await updateItem(lib, { id: ids.compostTitle, changes: { title: 'Vermiculture in schools' } });
    expect(found('compost')).toEqual(new Set([ids.compostBody]));
    expect(found('vermiculture')).toEqual(new Set([ids.compostTitle]));
    deleteItem(lib, { id: ids.compostBody });
    expect(found('compost')).toEqual(new Set());
    expect(search('').total).toBe(corpus.length - 1);
    restoreItem(lib, { id: ids.compostBody });
    expect(found('compost')).toEqual(new Set([ids.compostBody]));
  });

  it('finds items by a theme label after it is renamed', async () => {
    lib = testLibrary();
    await createItems(lib, corpus);
    renameTerm(lib, { id: 'theme:youth', labels: { en: 'Adolescents and young adults' } });
    expect(found('adolescents')).toEqual(new Set([ids.youth]));
  });

  it('keeps saved searches: create, list, run, rename, delete', async () => {
    lib = testLibrary();
    await createItems(lib, corpus);
    const saved = createSavedSearch(lib, { name: 'Gender toolkits', query: 'gender kind:toolkit', sort: 'date' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Gender toolkits', query: 'gender kind:toolkit', sort: 'date' } });
    expect(createSavedSearch(lib, { name: 'Toolkits', query: 'kind:toolkit' })).toMatchObject({ ok: true, value: { sort: null } });
    deleteSavedSearch(lib, { ref: 'Toolkits' });
    expect(createSavedSearch(lib, { name: 'gender TOOLKITS', query: 'x', sort: 'relevance' })).toEqual({
      ok: false,
      error: { code: 'savedSearch.nameTaken', params: { name: 'gender TOOLKITS' } },
    });
    expect(updateSavedSearch(lib, { ref: 'gender toolkits', name: 'Toolkits on gender' })).toMatchObject({
      ok: true,
      value: { name: 'Toolkits on gender' },
    });
    expect(listSavedSearches(lib.read)).toMatchObject({ ok: true, value: [{ name: 'Toolkits on gender', query: 'gender kind:toolkit' }] });
    expect(deleteSavedSearch(lib, { ref: 'Toolkits on gender' }).ok).toBe(true);
    expect(listSavedSearches(lib.read)).toEqual(ok([]));
  });
});
