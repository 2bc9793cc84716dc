import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectAll, toggleSelected, useSelection } from './selection';
import type { SearchState } from './useSearch';

/**
 * Ticks every result loaded so far (all of them for a short list; for a long one, the pages scrolled through),
 * or unticks them when all are ticked. Half-ticked when some are.
 */
export function SelectAllShown({ search }: { search: SearchState }) {
  const { t } = useTranslation();
  const selection = useSelection();
  const boxRef = useRef<HTMLInputElement>(null);
  const shown: string[] = [];
  for (let index = 0; index < search.total; index += 1) {
    const result = search.resultAt(index);
    if (result) shown.push(result.id);
  }
  const ticked = shown.filter((id) => selection.has(id)).length;
  const isAll = shown.length > 0 && ticked === shown.length;
  useEffect(() => {
    if (boxRef.current) boxRef.current.indeterminate = ticked > 0 && !isAll;
  }, [ticked, isAll]);

  return (
    <label className="select-all">
      <input
        ref={boxRef}
        type="checkbox"
        checked={isAll}
        onChange={() => {
          if (isAll) for (const id of shown) toggleSelected(id);
          else selectAll(shown);
        }}
      />
      <span className="visually-hidden">{t('app.selection.selectAllShown')}</span>
    </label>
  );
}
