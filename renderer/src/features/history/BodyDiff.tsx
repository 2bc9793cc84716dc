import { diffWords, type ChangeObject } from 'diff';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// A body of several pages compares in well under this; a pathological pair gives up rather than freeze the window.
const diffTimeoutMs = 1000;

/**
 * The words of `before` (a revision's body) against `after` (the current body): what was taken out since is struck
 * through in <del>, what was added is underlined in <ins>. The text keeps its own language and direction.
 */
export function BodyDiff({ before, after, language }: { before: string; after: string; language: string }) {
  const { t } = useTranslation();
  const changes = useMemo(() => compare({ before, after, language }), [before, after, language]);
  if (!changes) return <p className="muted">{t('app.history.diffTooLong')}</p>;
  const isUnchanged = changes.every((change) => !change.added && !change.removed);
  return (
    <>
      {isUnchanged ? (
        <p className="muted">{t('app.history.bodyUnchanged')}</p>
      ) : (
        <p className="diff-legend muted">
          <del>{t('app.history.legendRemoved')}</del> <ins>{t('app.history.legendAdded')}</ins>
        </p>
      )}
      <div className="body-diff" lang={language} dir="auto">
        {changes.map((change, index) =>
          change.removed ? (
            <Fragment key={index}>
              <del>{change.value}</del>
              {needsSpace(change, changes[index + 1]) && ' '}
            </Fragment>
          ) : change.added ? (
            <ins key={index}>{change.value}</ins>
          ) : (
            <span key={index}>{change.value}</span>
          ),
        )}
      </div>
    </>
  );
}

/**
 * A word taken out right before the word put in its place would run into it: "TrenteQuarante", and in Arabic the
 * two would even join letters across the tags. A space keeps them two words.
 */
function needsSpace(removed: ChangeObject<string>, next: ChangeObject<string> | undefined): boolean {
  return next?.added === true && !/\s$/.test(removed.value) && !/^\s/.test(next.value);
}

function compare({ before, after, language }: { before: string; after: string; language: string }): ChangeObject<string>[] | undefined {
  // Without a segmenter, jsdiff knows only Latin letters as word characters and would compare Arabic letter by letter.
  const intlSegmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter, timeout: diffTimeoutMs });
}
