import { useTranslation } from 'react-i18next';
import { FieldError, useField } from './EditorContext';

/** A one-line text field of the item (title, issuing body, licence…), in the item's language. */
export function TextField({ field, type = 'text', isRequired = false }: { field: string; type?: 'text' | 'url'; isRequired?: boolean }) {
  const { t } = useTranslation();
  const { id, value, set, error, errorId, language } = useField(field);
  return (
    <div className="field">
      <label htmlFor={id}>{t(`field.${field}`)}</label>
      <input
        id={id}
        type={type}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => set(event.target.value)}
        lang={type === 'url' ? undefined : language}
        dir={type === 'url' ? 'ltr' : 'auto'}
        required={isRequired}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      <FieldError field={field} id={errorId} error={error} />
    </div>
  );
}

/** A paragraph-length text field (summary, a practice's context, objectives…), in the item's language. */
export function TextAreaField({ field, rows = 4 }: { field: string; rows?: number }) {
  const { t } = useTranslation();
  const { id, value, set, error, errorId, language } = useField(field);
  return (
    <div className="field">
      <label htmlFor={id}>{t(`field.${field}`)}</label>
      <textarea
        id={id}
        rows={rows}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => set(event.target.value)}
        lang={language}
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      <FieldError field={field} id={errorId} error={error} />
    </div>
  );
}

/** One value from a fixed list of codes (document type, level, status…), each shown by its label. */
export function SelectField({
  field,
  codes,
  labelOf,
  isOptional = true,
}: {
  field: string;
  codes: readonly string[];
  labelOf(code: string): string;
  isOptional?: boolean;
}) {
  const { t } = useTranslation();
  const { id, value, set, error, errorId } = useField(field);
  return (
    <div className="field">
      <label htmlFor={id}>{t(`field.${field}`)}</label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => set(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      >
        {isOptional && <option value="">{t('app.editor.notGiven')}</option>}
        {codes.map((code) => (
          <option key={code} value={code}>
            {labelOf(code)}
          </option>
        ))}
      </select>
      <FieldError field={field} id={errorId} error={error} />
    </div>
  );
}

/** Several values from a short fixed list (a toolkit's audience), as checkboxes. */
export function CheckboxesField({ field, codes, labelOf }: { field: string; codes: readonly string[]; labelOf(code: string): string }) {
  const { t } = useTranslation();
  const { id, value, set, error, errorId } = useField(field);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  return (
    <fieldset className="field checkboxes" aria-describedby={errorId}>
      <legend>{t(`field.${field}`)}</legend>
      {codes.map((code) => (
        <label key={code} className="checkbox">
          <input
            id={`${id}-${code}`}
            type="checkbox"
            checked={chosen.includes(code)}
            onChange={(event) => set(event.target.checked ? [...chosen, code] : chosen.filter((other) => other !== code))}
          />
          {labelOf(code)}
        </label>
      ))}
      <FieldError field={field} id={errorId} error={error} />
    </fieldset>
  );
}
