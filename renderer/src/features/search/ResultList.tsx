import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../electron/api/types';
import { formatPartialDate, languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { SearchState } from './useSearch';

// Padding, a title line, a meta line and two snippet lines (styles/app.css); every row is this tall.
const rowHeight = 100;

/** What the search pane asks of the list: move the selection, take the focus. */
export interface ResultListHandle {
  move(step: number): void;
  focus(): void;
}

interface ResultListProps {
  search: SearchState;
  activeId: string | undefined;
  onOpen(id: string): void;
  onRead(): void;
}

/**
 * The results, virtualised so that 100,000 of them scroll as smoothly as ten: only the rows on screen exist, and
 * their pages load as they come into view. A listbox: arrows (or j/k) move and open, Enter reads the open item.
 */
export const ResultList = forwardRef<ResultListHandle, ResultListProps>(function ResultList({ search, activeId, onOpen, onRead }, ref) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler lint warns that TanStack Virtual cannot be memoised automatically; this app does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: search.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  const { loadRange } = search;
  useEffect(() => loadRange(first, last), [loadRange, first, last]);

  // The active row is found among loaded results; after a new query it may be elsewhere or gone.
  let activeIndex = -1;
  for (let index = first; index <= last && activeId; index += 1) if (search.resultAt(index)?.id === activeId) activeIndex = index;

  const move = (step: number) => {
    const from = activeIndex === -1 ? (step > 0 ? -1 : search.total) : activeIndex;
    const to = Math.min(Math.max(from + step, 0), search.total - 1);
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const result = search.resultAt(to);
    if (result) onOpen(result.id);
  };

  useImperativeHandle(ref, () => ({ move, focus: () => scrollRef.current?.focus() }));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 8, PageUp: -8 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? -search.total : search.total);
    } else if (event.key === 'Enter' && activeId) {
      event.preventDefault();
      onRead();
    }
  };

  return (
    <div
      ref={scrollRef}
      className="result-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('app.search.resultsLabel')}
      aria-activedescendant={activeIndex >= 0 ? `result-${activeIndex}` : undefined}
      aria-busy={search.isLoading}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const result = search.resultAt(row.index);
          return (
            <div
              key={row.key}
              id={`result-${row.index}`}
              role="option"
              aria-selected={result !== undefined && result.id === activeId}
              aria-posinset={row.index + 1}
              aria-setsize={search.total}
              className="result-row"
              style={{
                position: 'absolute',
                insetInlineStart: 0,
                top: 0,
                width: '100%',
                height: row.size,
                transform: `translateY(${row.start}px)`,
              }}
              onClick={() => result && onOpen(result.id)}
            >
              {result ? <ResultRow result={result} /> : <div className="result-placeholder" aria-hidden="true" />}
            </div>
          );
        })}
      </div>
    </div>
  );
});

function ResultRow({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {/* titleHtml and snippetHtml are escaped by the core, with only <mark> added around matched words. */}
      <div className="result-title" lang={result.language} dir="auto" dangerouslySetInnerHTML={{ __html: result.titleHtml }} />
      <div className="result-meta">
        <span className={`kind-badge kind-${result.kind}`}>{t(`kind.${result.kind}`)}</span>
        <span>{languageName(language, result.language)}</span>
        {result.date && <span>{formatPartialDate(language, result.date)}</span>}
        {result.status !== 'published' && <span className="status-note">{t(`status.${result.status}`)}</span>}
      </div>
      <div className="result-snippet" lang={result.language} dir="auto" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} />
    </>
  );
}
