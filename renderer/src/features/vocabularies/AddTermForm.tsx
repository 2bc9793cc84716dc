import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Term } from '../../../../electron/api/types';
import { organisationTypes } from '../../../../electron/api/vocabularyCodes';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { useLanguage } from '../../i18n/useLanguage';
import { useTerms } from '../shell/TermsProvider';
import { labelErrorFields, LabelFields, type LabelDraft } from './LabelFields';
import { labelOf } from './TermTable';
import { takenLabel } from './takenLabel';
import { useErrorText } from './useErrorText';

type OrganisationType = (typeof organisationTypes)[number];

const emptyDraft: LabelDraft = { fr: '', en: '', es: '', ar: '' };

/** A new theme or organisation: its labels, and for an organisation what kind of body it is and its country. */
export function AddTermForm({
  vocabulary,
  onAdded,
  onCancel,
}: {
  vocabulary: 'themes' | 'organisations';
  onAdded(term: Term): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LabelDraft>(emptyDraft);
  const [organisationType, setOrganisationType] = useState<OrganisationType | ''>('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<AppError>();
  const [isSaving, setIsSaving] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const errorText = useErrorText();
  const terms = useTerms();
  const id = useId();

  useEffect(() => firstFieldRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.values(draft).every((label) => label.trim() === ''))
      return setError({ code: 'input.required', params: { field: 'labels' } });
    const taken = takenLabel(draft, { vocabulary, terms: terms.values() });
    if (taken) return setError(taken);
    setIsSaving(true);
    const result = await callChange('vocabularies.add', {
      vocabulary,
      labels: Object.fromEntries(Object.entries(draft).filter(([, label]) => label.trim() !== '')),
      ...(vocabulary === 'organisations' && organisationType ? { organisationType } : {}),
      ...(vocabulary === 'organisations' && country ? { country } : {}),
    });
    setIsSaving(false);
    if (result.ok) onAdded(result.value);
    else setError(result.error);
  };

  const isCountryError = error?.code === 'vocabulary.unknownCountry';
  const isLabelError = error !== undefined && labelErrorFields(error, draft) !== undefined;
  return (
    <form className="term-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="term-form-title">{t(`app.vocabularies.add.${vocabulary}`)}</h3>
      <LabelFields draft={draft} error={isLabelError ? error : undefined} onChange={setDraft} firstFieldRef={firstFieldRef} />
      {vocabulary === 'organisations' && (
        <>
          <div className="form-field">
            <label htmlFor={`${id}-type`}>{t('app.vocabularies.organisationType')}</label>
            <select
              id={`${id}-type`}
              value={organisationType}
              onChange={(event) => setOrganisationType(event.target.value as OrganisationType | '')}
            >
              <option value="">{t('app.vocabularies.notGiven')}</option>
              {organisationTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`app.vocabularies.organisationTypes.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-country`}>{t('app.vocabularies.country')}</label>
            <CountrySelect
              id={`${id}-country`}
              value={country}
              onChange={setCountry}
              errorId={isCountryError ? `${id}-country-error` : undefined}
            />
            {isCountryError && (
              <p id={`${id}-country-error`} className="field-error" role="alert">
                {errorText(error)}
              </p>
            )}
          </div>
        </>
      )}
      {error && !isLabelError && !isCountryError && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="term-form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button" disabled={isSaving}>
          {t('app.vocabularies.add.submit')}
        </button>
      </div>
    </form>
  );
}

/** The countries by their name in the interface language; the value is the ISO code. */
function CountrySelect({ id, value, onChange, errorId }: { id: string; value: string; onChange(code: string): void; errorId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCall('vocabularies.list', { vocabulary: 'countries' }).value;
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...(countries ?? [])].sort((a, b) => collator.compare(labelOf(a, language), labelOf(b, language)));
  }, [countries, language]);
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
    >
      <option value="">{t('app.vocabularies.notGiven')}</option>
      {sorted.map((country) => (
        <option key={country.id} value={country.code ?? ''}>
          {labelOf(country, language)}
        </option>
      ))}
    </select>
  );
}
