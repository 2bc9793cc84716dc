import { describe, expect, it } from 'vitest';
import { filterFor, hasFilter, toggleFilter } from './queryFilters';

describe('facet filters in the query', () => {
  it('writes each facet in the query language', () => {
    expect([
      filterFor('kind', 'policy'),
      filterFor('theme', 'theme:gender-equality'),
      filterFor('sdg', '5'),
      filterFor('language', 'ar'),
      filterFor('year', '2021'),
    ]).toEqual(['kind:policy', 'theme:gender-equality', 'sdg:5', 'lang:ar', 'year:2021']);
  });

  it('adds a filter after the words typed, and a second click takes it out again', () => {
    const withFilter = toggleFilter('budget "égalité de genre"', 'kind:toolkit');
    expect(withFilter).toBe('budget "égalité de genre" kind:toolkit');
    expect(toggleFilter(withFilter, 'kind:toolkit')).toBe('budget "égalité de genre"');
  });

  it('matches a filter as a whole word only, whatever its case', () => {
    expect(hasFilter('sdg:5.2 budget', 'sdg:5')).toBe(false);
    expect(hasFilter('KIND:Policy', 'kind:policy')).toBe(true);
    expect(hasFilter('-kind:policy', 'kind:policy')).toBe(false);
  });
});
