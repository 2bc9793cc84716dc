import type { UiLanguage } from './vocabularyCodes';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A size in the user's locale, in the largest unit that keeps it at 1 or more: `1.2 MB`, `1,2 Mo`. Units of 1,000
 * bytes, as their names say (the interface and the CLI show the same figure).
 */
export function formatBytes(bytes: number, language: UiLanguage): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
