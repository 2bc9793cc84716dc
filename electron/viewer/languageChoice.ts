import { uiLanguages, type UiLanguage } from '../api/vocabularyCodes';

const storageKey = 'compendium.viewer.language';

/** Each interface language in its own words, so that anyone finds theirs whatever the viewer shows now. */
export const nativeLanguageNames: Readonly<Record<UiLanguage, string>> = { fr: 'Français', en: 'English', es: 'Español', ar: 'العربية' };

/** The language the reader chose earlier on this computer, else the one the pack was made in. */
export function initialLanguage(packLanguage: UiLanguage): UiLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Browsers may refuse storage to file:// pages (Safari, or cookies blocked): the pack's language then.
  }
  const choices: readonly string[] = uiLanguages;
  return choices.includes(stored ?? '') ? (stored as UiLanguage) : choices.includes(packLanguage) ? packLanguage : 'en';
}

/** Remembers the reader's choice where the browser allows it; elsewhere it lasts until the page closes. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // See initialLanguage.
  }
}
