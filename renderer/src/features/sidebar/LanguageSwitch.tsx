import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { useLanguage } from '../../i18n/useLanguage';

/** Native names, so that anyone can find their own language whatever the interface shows now. */
const nativeNames: Record<(typeof uiLanguages)[number], string> = { fr: 'Français', en: 'English', es: 'Español', ar: 'العربية' };

/** The interface language; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <label className="language-switch">
      <Languages size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {uiLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
