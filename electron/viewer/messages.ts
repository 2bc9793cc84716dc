import type { UiLanguage } from '../api/vocabularyCodes';

// Replaced at build time (build.mjs) by the messages the viewer uses, taken from resources/locales and flattened to
// dotted keys: the viewer carries no i18next, and only its own part of each locale file.
declare const VIEWER_MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>>;

/** Values for a message's `{{name}}` placeholders; a numeric `count` also picks the plural form. */
type MessageParams = Readonly<Record<string, string | number>>;

/** A message in the interface language. */
export type Translate = (key: string, params?: MessageParams) => string;

/** Messages in `language`, plural forms chosen as i18next does (`key_one`, `key_few`, ... `key_other`), English where one is missing. */
export function translator(language: UiLanguage): Translate {
  const messages = VIEWER_MESSAGES[language];
  const english = VIEWER_MESSAGES.en;
  const plurals = new Intl.PluralRules(language);
  return (key, params = {}) => {
    const count = params['count'];
    const form = typeof count === 'number' ? `${key}_${plurals.select(count)}` : key;
    const message = messages[form] ?? messages[`${key}_other`] ?? messages[key] ?? english[`${key}_other`] ?? english[key] ?? key;
    return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
