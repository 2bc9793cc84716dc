import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import ar from '../../../resources/locales/ar.json';
import en from '../../../resources/locales/en.json';
import es from '../../../resources/locales/es.json';
import fr from '../../../resources/locales/fr.json';
import { uiLanguages, type UiLanguage } from '../../../electron/api/vocabularyCodes';
import { call } from '../api/client';

/** The interface language: the one chosen in the app (remembered), else the system's or browser's, else English. */
export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', () => {
    // The detector may report `fr-FR`; the language in use is one of the four.
    const language = i18next.resolvedLanguage ?? 'en';
    document.documentElement.lang = language;
    document.documentElement.dir = i18next.dir(language);
    // The desktop app's menu follows; `serve` has no menu and simply agrees.
    if ((uiLanguages as readonly string[]).includes(language)) void call('host.setLanguage', { language: language as UiLanguage });
  });
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es }, ar: { translation: ar } },
      supportedLngs: [...uiLanguages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes what it renders
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'compendium.language', caches: ['localStorage'] },
      returnNull: false,
    });
}
