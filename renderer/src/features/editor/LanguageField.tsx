import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { FieldError, useField } from './EditorContext';

// The platform can name languages but not list them: these are the languages of the field's documents beyond the
// interface's four (UN and EU languages, and those of the regions the partner networks work in).
// prettier-ignore
const otherLanguages = [
  'am', 'bg', 'bn', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'et', 'eu', 'fa', 'fi', 'ga', 'gl', 'ha', 'he', 'hi', 'hr', 'hu',
  'hy', 'id', 'it', 'ja', 'ka', 'ko', 'ku', 'lt', 'lv', 'mg', 'mk', 'ms', 'mt', 'nl', 'no', 'pl', 'ps', 'pt', 'ro', 'ru',
  'rw', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'wo', 'xh', 'yo', 'zh', 'zu',
];

/** The item's content language, listed by name in the interface language: the interface's four first. */
export function LanguageField() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id, value, set, error, errorId } = useField('language');
  const current = typeof value === 'string' ? value : '';
  const byName = (codes: readonly string[]) =>
    codes.map((code) => ({ code, name: languageName(language, code) })).sort((a, b) => a.name.localeCompare(b.name, language));
  const others = [...otherLanguages, ...(current && ![...uiLanguages, ...otherLanguages].includes(current) ? [current] : [])];
  return (
    <div className="field">
      <label htmlFor={id}>{t('field.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => set(event.target.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        {!current && <option value="">{t('app.editor.chooseLanguage')}</option>}
        <optgroup label={t('app.editor.mainLanguages')}>
          {byName(uiLanguages).map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('app.editor.otherLanguages')}>
          {byName(others).map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError field="language" id={errorId} error={error} />
    </div>
  );
}
