import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../electron/api/errors';
import { uiLanguages } from '../electron/api/vocabularyCodes';

type Messages = { [key: string]: string | Messages };

const load = (language: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../resources/locales', `${language}.json`), 'utf8')) as Messages;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [subKey, subValue] of flatten(value, path)) flat.set(subKey, subValue);
  }
  return flat;
}

const placeholders = (message: string) => new Set([...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]));
// i18next plural suffixes; Arabic uses all six.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const english = flatten(load('en'));

describe('messages', () => {
  it.each(uiLanguages)('%s has a message for every error code', (language) => {
    const messages = flatten(load(language));
    expect(errorCodes.filter((code) => !messages.has(`error.${code}`))).toEqual([]);
  });

  it.each(uiLanguages)('%s has the same keys as English (plural forms aside)', (language) => {
    const keys = (map: Map<string, string>) => new Set([...map.keys()].map((key) => key.replace(pluralSuffix, '')));
    expect([...keys(flatten(load(language)))].sort()).toEqual([...keys(english)].sort());
  });

  it.each(uiLanguages)('%s uses only the placeholders English gives each message', (language) => {
    const wrong = [...flatten(load(language))].filter(([key, message]) => {
      const base = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other')) ?? '';
      const allowed = placeholders(base);
      const used = placeholders(message);
      // Arabic writes one and two as words ("عنصران"), so those plural forms may leave {{count}} out.
      const mayOmitCount = /_(zero|one|two)$/.test(key);
      return (
        [...used].some((name) => !allowed.has(name)) || [...allowed].some((name) => !used.has(name) && !(mayOmitCount && name === 'count'))
      );
    });
    expect(wrong).toEqual([]);
  });

  it('has plural forms for Arabic wherever English has them', () => {
    const arabic = flatten(load('ar'));
    const pluralKeys = [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(/_other$/, ''));
    const missing = pluralKeys.flatMap((key) =>
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => `${key}_${form}`).filter((key) => !arabic.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
