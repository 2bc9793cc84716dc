import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../electron/api/vocabularyCodes';

/** The interface language, re-rendering the caller when it changes. */
export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
}
