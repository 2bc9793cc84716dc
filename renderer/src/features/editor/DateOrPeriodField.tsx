import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useField, useErrorMessage } from './EditorContext';

type Choice = 'none' | 'date' | 'period';

/**
 * When the item happened: one date, or a period (from, and to unless it is ongoing), as precise as known:
 * `2021`, `2021-03` or `2021-03-04`. The item takes one or the other, so a choice switches between them.
 */
export function DateOrPeriodField() {
  const { t } = useTranslation();
  const date = useField('date');
  const period = useField('period');
  const message = useErrorMessage();
  const range = (typeof period.value === 'object' && period.value !== null ? period.value : {}) as { from?: string; to?: string };
  const [choice, setChoice] = useState<Choice>(() => (period.value ? 'period' : date.value ? 'date' : 'none'));
  const hintId = 'editor-when-hint';
  const choose = (next: Choice) => {
    setChoice(next);
    // Switching carries the value over (a date becomes the start of a period, and back), and clears the other.
    if (next === 'date') date.setField('date', range.from ?? '');
    if (next === 'period') date.setField('period', { from: typeof date.value === 'string' ? date.value : '' });
    if (next !== 'date') date.setField('date', undefined);
    if (next !== 'period') date.setField('period', undefined);
  };
  const describedBy = (errorId: string | undefined) => [hintId, errorId].filter(Boolean).join(' ');
  return (
    <fieldset className="field date-or-period">
      <legend>{t('app.editor.when')}</legend>
      <div className="segmented">
        {(['none', 'date', 'period'] as const).map((option) => (
          <label key={option} className="segment">
            <input type="radio" name="editor-when" value={option} checked={choice === option} onChange={() => choose(option)} />
            {t(`app.editor.whenChoice.${option}`)}
          </label>
        ))}
      </div>
      {choice === 'date' && (
        <div className="field">
          <label htmlFor={date.id}>{t('field.date')}</label>
          <input
            id={date.id}
            className="date-input"
            inputMode="numeric"
            placeholder={t('app.editor.datePlaceholder')}
            dir="ltr"
            value={typeof date.value === 'string' ? date.value : ''}
            onChange={(event) => date.set(event.target.value)}
            aria-invalid={date.error ? true : undefined}
            aria-describedby={describedBy(date.errorId)}
          />
          <FieldError field="date" id={date.errorId} error={date.error} />
        </div>
      )}
      {choice === 'period' && (
        <div className="period-inputs">
          {(['from', 'to'] as const).map((end) => (
            <div key={end} className="field">
              <label htmlFor={`${period.id}-${end}`}>{t(`app.editor.period.${end}`)}</label>
              <input
                id={`${period.id}-${end}`}
                className="date-input"
                inputMode="numeric"
                placeholder={t('app.editor.datePlaceholder')}
                dir="ltr"
                value={range[end] ?? ''}
                onChange={(event) => period.set({ ...range, [end]: event.target.value })}
                aria-invalid={period.error ? true : undefined}
                aria-describedby={describedBy(period.errorId)}
              />
            </div>
          ))}
        </div>
      )}
      {choice !== 'none' && (
        <p id={hintId} className="field-hint">
          {t('app.editor.dateHint')}
        </p>
      )}
      {period.error && period.errorId && (
        <p id={period.errorId} className="field-error">
          {message('period', period.error)}
        </p>
      )}
    </fieldset>
  );
}
