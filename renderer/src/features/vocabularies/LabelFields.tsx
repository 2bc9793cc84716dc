import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { uiLanguages, type UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { foldLabel } from '../../../../electron/api/foldLabel';
import { useErrorText } from './useErrorText';

/** A label being written in each interface language. */
export type LabelDraft = Record<UiLanguage, string>;

/**
 * Which label fields an error belongs to: the core names the field (`labels.ar`) or the label it refused
 * (`labelTaken`); an error about the labels as a whole (none given) belongs to the group.
 */
export function labelErrorFields(error: AppError, draft: LabelDraft): readonly UiLanguage[] | 'group' | undefined {
  const { field, label } = error.params;
  if (field === 'labels') return 'group';
  const named = uiLanguages.find((language) => field === `labels.${language}`);
  if (named) return [named];
  if (error.code !== 'vocabulary.labelTaken' || typeof label !== 'string') return undefined;
  const refused = uiLanguages.filter((language) => foldLabel(draft[language]) === foldLabel(label));
  return refused.length > 0 ? refused : 'group';
}

/** The four labels of a term, each error shown under the field it concerns. */
export function LabelFields({
  draft,
  error,
  onChange,
  firstFieldRef,
}: {
  draft: LabelDraft;
  error: AppError | undefined;
  onChange(draft: LabelDraft): void;
  firstFieldRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const id = useId();
  const fields = error && labelErrorFields(error, draft);
  return (
    <fieldset className="label-fields" aria-describedby={fields === 'group' ? `${id}-error` : `${id}-hint`}>
      <legend>{t('app.vocabularies.labels')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('app.vocabularies.labelsHint')}
      </p>
      {uiLanguages.map((code, index) => {
        const hasError = Array.isArray(fields) && fields.includes(code);
        return (
          <div key={code} className="form-field">
            <label htmlFor={`${id}-${code}`} className="language-name">
              {languageName(language, code)}
            </label>
            <input
              ref={index === 0 ? firstFieldRef : undefined}
              id={`${id}-${code}`}
              type="text"
              lang={code}
              dir={code === 'ar' ? 'rtl' : 'ltr'}
              maxLength={300}
              value={draft[code]}
              aria-invalid={hasError || undefined}
              aria-describedby={hasError ? `${id}-${code}-error` : undefined}
              onChange={(event) => onChange({ ...draft, [code]: event.target.value })}
            />
            {hasError && error && (
              <p id={`${id}-${code}-error`} className="field-error" role="alert">
                {errorText(error)}
              </p>
            )}
          </div>
        );
      })}
      {fields === 'group' && error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </fieldset>
  );
}
