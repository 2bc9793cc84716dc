import type { UiLanguage } from '../../../electron/api/vocabularyCodes';

/** Each interface language in its own words, so that anyone finds theirs whatever the interface shows now. */
export const nativeLanguageNames: Readonly<Record<UiLanguage, string>> = { fr: 'Français', en: 'English', es: 'Español', ar: 'العربية' };
