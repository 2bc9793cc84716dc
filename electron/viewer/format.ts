import type { UiLanguage } from '../api/vocabularyCodes';

// Dates, numbers, sizes and names in the interface language, through Intl: nothing to bundle, and each browser
// writes them the way its readers expect.

const formats = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = formats.get(key) as T | undefined;
  if (value === undefined) formats.set(key, (value = make()));
  return value;
}

/** A number in the interface language's digits and grouping. */
export function formatNumber(language: UiLanguage, value: number): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** An ISO timestamp as a date. */
export function formatTimestamp(language: UiLanguage, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`timestamp:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'long' })).format(date);
}

/** An item's date as precise as it was given: `2021`, `March 2021` or `4 March 2021`. */
export function formatPartialDate(language: UiLanguage, value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined ? { dateStyle: 'long' } : month !== undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  const format = cached(
    `date:${language}:${day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'}`,
    () => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }),
  );
  return format.format(new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))));
}

/** A language code as its name in the interface language: `ar` → `arabe` in French. */
export function languageName(language: UiLanguage, code: string): string {
  return cached(`language:${language}`, () => new Intl.DisplayNames([language], { type: 'language', fallback: 'code' })).of(code) ?? code;
}

/** Names listed as the interface language lists them (`a, b, c`), each isolated so a Latin name keeps its direction in Arabic. */
export function formatList(language: UiLanguage, values: readonly string[]): string {
  return cached(`list:${language}`, () => new Intl.ListFormat(language, { type: 'unit' })).format(
    values.map((value) => `\u2068${value}\u2069`),
  );
}

/** Values joined with the interface language's "and": `français, anglais et arabe`. */
export function formatAndList(language: UiLanguage, values: readonly string[]): string {
  return cached(`and:${language}`, () => new Intl.ListFormat(language, { type: 'conjunction' })).format(values);
}

const sizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the largest unit that keeps it at 1 or more: `820 kB`, `12.4 MB`. */
export function formatFileSize(language: UiLanguage, bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < sizeUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const name = sizeUnits[unit] ?? 'byte';
  return cached(
    `size:${language}:${name}`,
    // `607 bytes` but `2.4 MB`: the short form of byte is singular in English (`607 byte`).
    () =>
      new Intl.NumberFormat(language, {
        style: 'unit',
        unit: name,
        unitDisplay: name === 'byte' ? 'long' : 'short',
        maximumFractionDigits: name === 'byte' ? 0 : 1,
      }),
  ).format(value);
}
