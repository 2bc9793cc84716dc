import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { nativeLanguageNames } from '../../i18n/nativeLanguageNames';
import { useLanguage } from '../../i18n/useLanguage';

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
            {nativeLanguageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
