import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Term } from '../../../../electron/api/types';
import { uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { callChange } from '../../api/callChange';
import { useTerms } from '../shell/TermsProvider';
import { labelErrorFields, LabelFields, type LabelDraft } from './LabelFields';
import { takenLabel } from './takenLabel';
import { useErrorText } from './useErrorText';

/** Changes a term's four labels; items keep the term, and show the new labels at once. */
export function RenameTermForm({ term, onRenamed, onCancel }: { term: Term; onRenamed(term: Term): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LabelDraft>({ ...term.labels });
  const [error, setError] = useState<AppError>();
  const [isSaving, setIsSaving] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const errorText = useErrorText();
  const terms = useTerms();

  useEffect(() => firstFieldRef.current?.select(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only the labels that changed are sent: an untouched label is never refused as taken.
    const changed = Object.fromEntries(uiLanguages.filter((code) => draft[code] !== term.labels[code]).map((code) => [code, draft[code]]));
    if (Object.keys(changed).length === 0) return onCancel();
    const taken = takenLabel(changed, { vocabulary: term.vocabulary, termId: term.id, terms: terms.values() });
    if (taken) return setError(taken);
    setIsSaving(true);
    const result = await callChange('vocabularies.rename', { id: term.id, labels: changed });
    setIsSaving(false);
    if (result.ok) onRenamed(result.value);
    else setError(result.error);
  };

  const isLabelError = error !== undefined && labelErrorFields(error, draft) !== undefined;
  return (
    <form className="term-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="term-form-title">{t('app.vocabularies.rename.title')}</h3>
      <LabelFields draft={draft} error={isLabelError ? error : undefined} onChange={setDraft} firstFieldRef={firstFieldRef} />
      {error && !isLabelError && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="term-form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button" disabled={isSaving}>
          {t('app.vocabularies.rename.submit')}
        </button>
      </div>
    </form>
  );
}
