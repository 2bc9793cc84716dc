import { diffWords, type ChangeObject } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText } from '../history/plainText';
import type { ItemContent } from '../../../../electron/api/types';

// As in the history's diff: a pathological pair gives up rather than freeze the window.
const diffTimeoutMs = 1000;

/** Both bodies side by side, the words found only on one side marked on that side. */
export function BodySideBySide({ mine, theirs }: { mine: ItemContent; theirs: ItemContent }) {
  const { t } = useTranslation();
  const mineText = plainText(mine.body);
  const theirsText = plainText(theirs.body);
  const changes = useMemo(() => {
    // Without a segmenter, jsdiff knows only Latin letters as word characters and would compare Arabic letter by letter.
    const intlSegmenter = new Intl.Segmenter(mine.language, { granularity: 'word' });
    return diffWords(mineText, theirsText, { intlSegmenter, timeout: diffTimeoutMs }) as ChangeObject<string>[] | undefined;
  }, [mineText, theirsText, mine.language]);
  const side = (isMine: boolean, language: string) => (
    <div className="body-side" lang={language} dir="auto">
      {changes
        ? changes
            .filter((change) => (isMine ? !change.added : !change.removed))
            .map((change, index) =>
              change.added || change.removed ? <mark key={index}>{change.value}</mark> : <span key={index}>{change.value}</span>,
            )
        : isMine
          ? mineText
          : theirsText}
      {(isMine ? mineText : theirsText) === '' && <span className="muted">{t('app.conflicts.noBody')}</span>}
    </div>
  );
  return (
    <div className="body-sides">
      {side(true, mine.language)}
      {side(false, theirs.language)}
    </div>
  );
}
