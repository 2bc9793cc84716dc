import type { UiLanguage } from '../../../../electron/api/vocabularyCodes';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the unit that reads best (`840 kB`, `12.5 MB`), in the interface language. */
export function formatSize(language: UiLanguage, bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit < 2 ? 0 : 1,
  }).format(value);
}
