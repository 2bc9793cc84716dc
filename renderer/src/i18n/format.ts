import type { UiLanguage } from '../../../electron/api/vocabularyCodes';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A count in the interface language's digits and grouping. */
export function formatNumber(language: UiLanguage, value: number): string {
  return cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(value);
}

/** An ISO timestamp as a date in the interface language. */
export function formatTimestamp(language: UiLanguage, iso: string): string {
  return cached(dateFormats, `${language}:ts`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(new Date(iso));
}

/** An ISO timestamp as a date and a time of day in the interface language, in the user's time zone. */
export function formatDateTime(language: UiLanguage, iso: string): string {
  return cached(
    dateFormats,
    `${language}:datetime`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** An item's date as precise as it was given: `2021`, `March 2021` or `4 March 2021`. */
export function formatPartialDate(language: UiLanguage, value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  // The core only stores valid dates; anything else is shown as it is rather than breaking the view.
  if (year === undefined || Number.isNaN(year) || Number.isNaN(month ?? 1) || Number.isNaN(day ?? 1)) return value;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined ? { dateStyle: 'long' } : month !== undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  const format = cached(
    dateFormats,
    `${language}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }),
  );
  return format.format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

/** A language code as its name in the interface language: `ar` → `arabe` in French. */
export function languageName(language: UiLanguage, code: string): string {
  return cached(languageNames, language, () => new Intl.DisplayNames([language], { type: 'language', fallback: 'code' })).of(code) ?? code;
}

/**
 * Several values joined the way the interface language joins them (`a, b, c`; `a، b وc`), each set apart so that
 * a Latin name in an Arabic list, or the reverse, keeps its own direction.
 */
export function formatList(language: UiLanguage, values: readonly string[]): string {
  return cached(listFormats, language, () => new Intl.ListFormat(language, { type: 'unit' })).format(
    values.map((value) => `\u2068${value}\u2069`),
  );
}
