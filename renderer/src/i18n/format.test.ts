import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatPartialDate } from './format';

describe('formatting in the interface language', () => {
  it('shows a date as precisely as it was given', () => {
    expect([formatPartialDate('en', '2021'), formatPartialDate('en', '2021-03'), formatPartialDate('en', '2021-03-04')]).toEqual([
      '2021',
      'March 2021',
      'March 4, 2021',
    ]);
    expect(formatPartialDate('fr', '2021-03-04')).toBe('4 mars 2021');
  });

  it('shows a value that is not a date as it is, rather than failing', () => {
    expect(formatPartialDate('en', 'spring')).toBe('spring');
  });

  it('groups digits and joins lists the way each language does', () => {
    expect(formatNumber('fr', 10000)).toBe('10\u202f000');
    const isolated = (text: string) => `\u2068${text}\u2069`;
    expect(formatList('en', ['a', 'b', 'c'])).toBe(`${isolated('a')}, ${isolated('b')}, ${isolated('c')}`);
    // The conjunction joins the word that follows it.
    expect(formatList('ar', ['Rim', 'Karim'])).toBe(`${isolated('Rim')} و${isolated('Karim')}`);
  });
});
