import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiLanguages, type UiLanguage } from '../api/vocabularyCodes';

/** The interface language: `--lang`, else the POSIX locale variables, else English. */
export function detectLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): UiLanguage {
  const candidates = [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]];
  for (const candidate of candidates) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code && (uiLanguages as readonly string[]).includes(code)) return code as UiLanguage;
  }
  return 'en';
}

/** A translation function over resources/locales, the same messages the interface shows. */
export async function loadMessages(resourcesDir: string, language: UiLanguage): Promise<TFunction> {
  const load = (code: UiLanguage) => JSON.parse(readFileSync(join(resourcesDir, 'locales', `${code}.json`), 'utf8')) as object;
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { [language]: { translation: load(language) }, en: { translation: load('en') } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
