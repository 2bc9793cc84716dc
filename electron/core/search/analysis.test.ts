import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeWord, queryTokens } from './analysis';

// A query word matches a document word when one of its query tokens equals the document word's token.
const matches = (query: string, word: string, language: string) => queryTokens(query).includes(analyzeWord(word, language));

describe('text analysis', () => {
  it.each([
    ['fr', 'municipalités', 'municipalité'],
    ['fr', 'egalite', 'Égalité'],
    ['fr', 'ÉGALITÉ', 'égalité'],
    ['fr', 'politiques', 'politique'],
    ['es', 'políticas', 'política'],
    ['es', 'politica', 'Políticas'],
    ['es', 'municipios', 'municipio'],
    ['en', 'cities', 'city'],
    ['en', 'policies', 'policy'],
    ['en', 'Gender', 'gender'],
  ])('in %s, the query word %s finds %s', (language, query, word) => {
    expect(matches(query, word, language)).toBe(true);
  });

  it.each([
    ['diacritics (tashkeel)', 'المساواة', 'المُسَاوَاة'],
    ['tatweel', 'المشاركة', 'المشــاركة'],
    ['alef with hamza below', 'ادارة', 'إدارة'],
    ['alef with hamza above', 'اهداف', 'أهداف'],
    ['alef madda', 'اسيا', 'آسيا'],
    ['taa marbuta', 'بلديه', 'بلدية'],
    ['alef maqsura', 'مستوي', 'مستوى'],
    ['the article', 'مدينة', 'المدينة'],
    ['wa + article', 'المدن', 'والمدن'],
    ['bi + article', 'مدينة', 'بالمدينة'],
    ['ka + article', 'المدن', 'كالمدن'],
    ['li + article', 'بلديات', 'للبلديات'],
    ['fa + article', 'المرأة', 'فالمرأة'],
    ['plural suffix', 'بلدية', 'البلديات'],
    ['li before an indefinite noun', 'مشروع', 'لمشروع'],
    ['ka before an indefinite noun', 'مدينة', 'كمدينة'],
    ['bi before an indefinite noun', 'مدينة', 'بمدينة'],
  ])('in Arabic, %s does not stop a match', (_, query, word) => {
    expect(matches(query, word, 'ar')).toBe(true);
  });

  it('finds a word with and without the article when it begins with a letter that can be a conjunction', () => {
    expect(matches('وزارة', 'الوزارة', 'ar')).toBe(true);
    expect(matches('فريق', 'الفريق', 'ar')).toBe(true);
  });

  it('analyses Arabic script as Arabic inside a text of another language', () => {
    expect(analyzeText('Le mot المدينة', 'fr')).toBe(`le mot ${analyzeWord('مدينة', 'ar')}`);
  });

  it('only folds words of a language it cannot stem', () => {
    expect(analyzeText('Políticas Públicas', 'pt')).toBe('politicas publicas');
  });
});
