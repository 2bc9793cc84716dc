import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { noHostHandlers } from '../noHostHandlers';
import { createHandlers } from '../handlers';
import { testLibrary } from '../library/testLibrary';

const valid = { kind: 'practice', title: 'Budget participatif', language: 'fr' };

// Each bad input, and the error it must produce: the code and the field it names.
const rejections: Array<[string, Record<string, unknown>, string, Record<string, string | number>]> = [
  ['an unknown key', { ...valid, colour: 'red' }, 'input.unknownField', { field: 'colour' }],
  ['a key of another kind', { ...valid, audience: ['trainers'] }, 'input.unknownField', { field: 'audience' }],
  ['a missing title', { kind: 'practice', language: 'fr' }, 'input.required', { field: 'title' }],
  ['an empty title', { ...valid, title: '   ' }, 'input.empty', { field: 'title' }],
  ['a title too long', { ...valid, title: 'x'.repeat(301) }, 'input.tooLong', { field: 'title', max: 300 }],
  ['a missing kind', { title: 'x', language: 'fr' }, 'input.required', { field: 'kind' }],
  ['an unknown kind', { ...valid, kind: 'recipe' }, 'input.notAllowed', { field: 'kind', allowed: 'practice, policy, toolkit' }],
  ['a title of the wrong type', { ...valid, title: 42 }, 'input.wrongType', { field: 'title', expected: 'string' }],
  ['an unknown language', { ...valid, language: 'xx' }, 'input.badFormat', { field: 'language', format: 'ISO 639-1' }],
  ['a three-letter language', { ...valid, language: 'fra' }, 'input.badFormat', { field: 'language', format: 'ISO 639-1' }],
  ['an impossible date', { ...valid, date: '2021-02-30' }, 'input.badFormat', { field: 'date', format: 'YYYY | YYYY-MM | YYYY-MM-DD' }],
  [
    'a bad period end',
    { ...valid, period: { from: '2020', to: '20-1' } },
    'input.badFormat',
    { field: 'period.to', format: 'YYYY | YYYY-MM | YYYY-MM-DD' },
  ],
  ['both date and period', { ...valid, date: '2020', period: { from: '2020' } }, 'input.dateAndPeriod', { field: 'period' }],
  [
    'a period ending before it starts',
    { ...valid, period: { from: '2022', to: '2020' } },
    'input.periodReversed',
    { field: 'period', from: '2022', to: '2020' },
  ],
  ['an unknown SDG target', { ...valid, sdgs: ['5', '5.9'] }, 'vocabulary.unknownSdg', { field: 'sdgs[1]', value: '5.9' }],
  ['an SDG goal that does not exist', { ...valid, sdgs: ['18'] }, 'vocabulary.unknownSdg', { field: 'sdgs[0]', value: '18' }],
  ['an unknown country', { ...valid, countries: ['TN', 'XQ'] }, 'vocabulary.unknownCountry', { field: 'countries[1]', value: 'XQ' }],
  ['an unknown region', { ...valid, regions: ['999'] }, 'vocabulary.unknownRegion', { field: 'regions[0]', value: '999' }],
  ['an unknown theme', { ...valid, themes: ['Astrophysique'] }, 'vocabulary.unknownTerm', { field: 'themes[0]', value: 'Astrophysique' }],
  [
    'an organisation role not allowed',
    { ...valid, organisations: [{ name: 'A', role: 'owner' }] },
    'input.notAllowed',
    { field: 'organisations[0].role', allowed: 'lead, partner, funder' },
  ],
  [
    "an organisation's unknown country",
    { ...valid, organisations: [{ name: 'A', role: 'lead', country: 'QQ' }] },
    'vocabulary.unknownCountry',
    { field: 'organisations[0].country', value: 'QQ' },
  ],
  [
    'a source URL that is not http',
    { ...valid, sourceUrl: 'javascript:alert(1)' },
    'input.badFormat',
    { field: 'sourceUrl', format: 'http(s)://…' },
  ],
  ['a malformed id', { ...valid, id: 'item-1' }, 'input.badFormat', { field: 'id', format: 'UUID' }],
  ['an unknown status', { ...valid, status: 'secret' }, 'input.notAllowed', { field: 'status', allowed: 'draft, published, archived' }],
  [
    'a link to a missing item',
    { ...valid, related: ['0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e99'] },
    'item.linkNotFound',
    { field: 'related[0]', id: '0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e99' },
  ],
  ['a body that is neither text nor a document', { ...valid, body: 7 }, 'input.wrongType', { field: 'body', expected: 'string | object' }],
  [
    'a document outside the editor schema',
    { ...valid, body: { type: 'doc', content: [{ type: 'marquee' }] } },
    'input.invalid',
    { field: 'body' },
  ],
  [
    'a policy document type not allowed',
    { ...valid, kind: 'policy', documentType: 'novel' },
    'input.notAllowed',
    { field: 'documentType', allowed: 'law, decree, regulation, strategy, plan, positionPaper, guideline, declaration, report, other' },
  ],
  [
    'a toolkit audience not allowed',
    { ...valid, kind: 'toolkit', audience: ['children'] },
    'input.notAllowed',
    { field: 'audience[0]', allowed: 'electedOfficials, municipalStaff, trainers, civilSociety' },
  ],
];

describe('item validation', () => {
  it.each(rejections)('rejects %s, naming the field', async (_, input, code, params) => {
    const lib = testLibrary();
    const result = await dispatch({ ...createHandlers(lib), ...noHostHandlers }, 'items.create', input);
    expect(result).toEqual({ ok: false, error: { code, params } });
    expect(lib.read.prepare('SELECT COUNT(*) FROM items').pluck().get()).toBe(0);
  });

  it('accepts the smallest valid item', async () => {
    const lib = testLibrary();
    const result = await dispatch({ ...createHandlers(lib), ...noHostHandlers }, 'items.create', valid);
    expect(result.ok).toBe(true);
  });

  it('names the item of a batch that is wrong', async () => {
    const lib = testLibrary();
    const result = await dispatch({ ...createHandlers(lib), ...noHostHandlers }, 'items.createMany', {
      items: [valid, { ...valid, title: '' }],
    });
    expect(result).toEqual({ ok: false, error: { code: 'input.empty', params: { field: '[1].title' } } });
  });
});

describe('operation input', () => {
  it('names the bound a number breaks', async () => {
    const lib = testLibrary();
    const handlers = { ...createHandlers(lib), ...noHostHandlers };
    expect(await dispatch(handlers, 'items.list', { limit: 0 })).toEqual({
      ok: false,
      error: { code: 'input.tooSmall', params: { field: 'limit', min: 1 } },
    });
    expect(await dispatch(handlers, 'items.list', { limit: 10_001 })).toEqual({
      ok: false,
      error: { code: 'input.tooLarge', params: { field: 'limit', max: 10_000 } },
    });
    expect(await dispatch(handlers, 'no.such.operation', {})).toEqual({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'operation' } },
    });
  });
});
