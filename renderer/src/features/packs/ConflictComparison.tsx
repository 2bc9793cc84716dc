import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Input } from '../../../../electron/api/operations';
import type { ItemConflict } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { navigate } from '../shell/navigation';
import { useTerms } from '../shell/TermsProvider';
import { BodySideBySide } from './BodySideBySide';
import { comparedFields, fieldText, isDifferent } from './fieldText';

/**
 * One conflicted item: both versions field by field, the differing rows marked, and the three ways out. A merge
 * takes, for each differing field, mine or theirs: what users expect of a merge, with nothing to retype.
 */
export function ConflictComparison({ conflict }: { conflict: ItemConflict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const [isMerging, setIsMerging] = useState(false);
  const [fromTheirs, setFromTheirs] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<AppError>();
  const mine = conflict.mine.content;
  const theirs = conflict.theirs.content;
  const fields = comparedFields(mine, theirs);
  const isBodyDifferent = isDifferent(mine, theirs, 'body');
  const differing = [...fields.filter((field) => isDifferent(mine, theirs, field)), ...(isBodyDifferent ? ['body'] : [])];
  const text = (content: typeof mine, field: string) => fieldText(content, field, { t, language, terms });

  const resolve = async (input: Input<'conflicts.resolve'>) => {
    setError(undefined);
    const resolved = await callChange('conflicts.resolve', input);
    if (!resolved.ok) return setError(resolved.error);
    navigate({ view: 'search', query: '', collectionId: undefined, itemId: conflict.itemId });
  };
  const choose = (field: string, isTheirs: boolean) =>
    setFromTheirs((current) => {
      const next = new Set(current);
      if (isTheirs) next.add(field);
      else next.delete(field);
      return next;
    });
  const choice = (field: string) =>
    isMerging &&
    differing.includes(field) && (
      <td className="merge-choice">
        <fieldset>
          <legend className="visually-hidden">{t('app.conflicts.keepFor', { field: t(`field.${field}`) })}</legend>
          <label>
            <input type="radio" name={`merge-${field}`} checked={!fromTheirs.has(field)} onChange={() => choose(field, false)} />
            {t('app.conflicts.mine')}
          </label>
          <label>
            <input type="radio" name={`merge-${field}`} checked={fromTheirs.has(field)} onChange={() => choose(field, true)} />
            {t('app.conflicts.theirs')}
          </label>
        </fieldset>
      </td>
    );

  return (
    <section className="conflict-comparison" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading" dir="auto">
        {conflict.title}
      </h3>
      <p className="muted">{t('app.conflicts.differing', { count: differing.length })}</p>
      <div className="conflict-actions">
        <button type="button" className="button button-secondary" onClick={() => void resolve({ id: conflict.itemId, keep: 'mine' })}>
          {t('app.conflicts.keepMine')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void resolve({ id: conflict.itemId, keep: 'theirs' })}>
          {t('app.conflicts.takeTheirs')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={isMerging}
          onClick={() => setIsMerging((current) => !current)}
        >
          {t('app.conflicts.editMerge')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">{t('app.conflicts.field')}</th>
            <th scope="col">{t('app.conflicts.mineHeading')}</th>
            <th scope="col">{t('app.conflicts.theirsHeading')}</th>
            {isMerging && <th scope="col">{t('app.conflicts.keep')}</th>}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const differs = differing.includes(field);
            return (
              <tr key={field} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  {t(`field.${field}`)}
                  {differs && <span className="differs-note">{t('app.conflicts.differs')}</span>}
                </th>
                <td lang={mine.language} dir="auto">
                  {text(mine, field)}
                </td>
                <td lang={theirs.language} dir="auto">
                  {text(theirs, field)}
                </td>
                {isMerging && (choice(field) || <td />)}
              </tr>
            );
          })}
          <tr className={isBodyDifferent ? 'differs' : undefined}>
            <th scope="row">
              {t('field.body')}
              {isBodyDifferent && <span className="differs-note">{t('app.conflicts.differs')}</span>}
            </th>
            <td colSpan={2}>
              <BodySideBySide mine={mine} theirs={theirs} />
            </td>
            {isMerging && (choice('body') || <td />)}
          </tr>
        </tbody>
      </table>
      {isMerging && (
        <div className="conflict-actions">
          <button
            type="button"
            className="button"
            onClick={() => void resolve({ id: conflict.itemId, keep: 'merged', theirsFields: [...fromTheirs] })}
          >
            {t('app.conflicts.saveMerge')}
          </button>
        </div>
      )}
    </section>
  );
}
