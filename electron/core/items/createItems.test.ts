import { describe, expect, it } from 'vitest';
import { testLibrary } from '../library/testLibrary';
import { createItems } from './createItems';
import { getItem } from './getItem';

const practice = {
  id: '0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e01',
  kind: 'practice',
  title: 'الموازنة المراعية للنوع الاجتماعي في بلدية صغيرة',
  summary: 'ملخص قصير للممارسة.',
  body: '## السياق\n\nنص **مهم** مع [رابط](https://example.org).\n\n- أولاً\n- ثانياً',
  language: 'ar',
  themes: ['theme:gender-equality', 'Finances locales'],
  sdgs: ['5', '5.5'],
  countries: ['tn', 'MA'],
  regions: ['015'],
  period: { from: '2019', to: '2022-06' },
  authors: ['Rim Ben Salah', 'كريم الجزيري'],
  organisations: [
    { name: 'Commune de Test', role: 'lead', type: 'localGovernment', country: 'TN' },
    { name: 'Fonds Exemple', role: 'funder' },
  ],
  tags: ['ميزانية', 'budget'],
  sourceUrl: 'https://example.org/practice',
  licence: 'CC BY 4.0',
  status: 'published',
  context: 'سياق',
  objectives: 'أهداف',
  actions: 'إجراءات',
  resultsAndImpact: 'نتائج',
  lessonsLearned: 'دروس',
  transferability: 'قابلية النقل',
  partners: 'شركاء',
  budgetAndFunding: '85 000 TND',
  contact: 'contact@example.org',
};

const policy = {
  id: '0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e02',
  kind: 'policy',
  title: 'Loi organique relative aux collectivités locales',
  language: 'fr',
  date: '2018-05-09',
  issuingBody: 'Assemblée des représentants du peuple',
  documentType: 'law',
  level: 'national',
  dateAdopted: '2018-05-09',
  policyStatus: 'inForce',
  translations: ['0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e03'],
  related: ['0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e01'],
};

const toolkit = {
  id: '0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e03',
  kind: 'toolkit',
  title: 'Guía de formación sobre igualdad de género',
  language: 'es',
  date: '2023',
  audience: ['electedOfficials', 'trainers'],
  format: 'trainingModule',
  duration: '2 días',
  learningObjectives: 'Comprender el presupuesto con perspectiva de género.',
  translations: ['0b6f0c3e-1d7a-4c55-9a39-6f1f7f3a9e02'],
};

describe('createItems', () => {
  it('stores every field of each kind and gives it back with terms resolved', async () => {
    const lib = testLibrary();
    const created = await createItems(lib, [practice, policy, toolkit]);
    expect(created).toEqual({ ok: true, value: [practice.id, policy.id, toolkit.id] });

    const stored = getItem(lib.read, { id: practice.id });
    if (!stored.ok) throw new Error(stored.error.code);
    const { body, organisations, revision, createdAt, updatedAt, bodyText, bodyHtml, ...rest } = stored.value;
    expect(rest).toEqual({
      ...practice,
      body: undefined,
      organisations: undefined,
      themes: ['theme:gender-equality', 'theme:local-finance'],
      countries: ['MA', 'TN'],
      tags: ['budget', 'ميزانية'],
      deletedAt: null,
      provenance: { origin: 'local', libraryId: lib.id },
    } as unknown as typeof rest);
    expect(organisations?.map((organisation) => organisation.role)).toEqual(['lead', 'funder']);
    expect(organisations?.every((organisation) => organisation.id.startsWith('org:'))).toBe(true);
    expect(body?.content?.[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'السياق' }] });
    expect(bodyText).toBe('السياق\n\nنص مهم مع رابط.\n\nأولاً\n\nثانياً');
    expect(bodyHtml).toBe(
      '<h2>السياق</h2><p>نص <strong>مهم</strong> مع <a rel="noopener noreferrer nofollow" href="https://example.org">رابط</a>.</p>' +
        '<ul><li><p>أولاً</p></li><li><p>ثانياً</p></li></ul>',
    );
    expect(revision).toMatch(/^[0-9a-f]{64}$/);
    expect(createdAt).toBe(updatedAt);
  });

  it('gives back policy and toolkit fields exactly as given', async () => {
    const lib = testLibrary();
    await createItems(lib, [practice, policy, toolkit]);
    for (const input of [policy, toolkit]) {
      const stored = getItem(lib.read, { id: input.id });
      if (!stored.ok) throw new Error(stored.error.code);
      expect(stored.value).toMatchObject({ ...input, status: 'draft' });
    }
  });

  it('writes nothing when one item of a batch is invalid', async () => {
    const lib = testLibrary();
    const result = await createItems(lib, [practice, { ...toolkit, sdgs: ['18'] }]);
    expect(result).toEqual({ ok: false, error: { code: 'vocabulary.unknownSdg', params: { field: '[1].sdgs[0]', value: '18' } } });
    expect(getItem(lib.read, { id: practice.id }).ok).toBe(false);
    expect(lib.read.prepare("SELECT COUNT(*) FROM terms WHERE vocabulary = 'organisations'").pluck().get()).toBe(0);
  });

  it('refuses an id that is already taken', async () => {
    const lib = testLibrary();
    await createItems(lib, [practice, policy, toolkit]);
    expect(await createItems(lib, [policy])).toEqual({
      ok: false,
      error: { code: 'item.alreadyExists', params: { id: policy.id } },
    });
  });

  it('matches an existing organisation by name whatever the case and accents', async () => {
    const lib = testLibrary();
    await createItems(lib, [practice]);
    await createItems(lib, [
      { kind: 'practice', title: 'Autre', language: 'fr', organisations: [{ name: 'COMMUNE DE TÉST', role: 'partner' }] },
    ]);
    expect(lib.read.prepare("SELECT COUNT(*) FROM terms WHERE vocabulary = 'organisations'").pluck().get()).toBe(2);
  });
});
