import { useVirtualizer } from '@tanstack/react-virtual';
import { Check } from 'lucide-react';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../electron/api/types';
import { formatPartialDate, languageName } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { ListNavigator } from '../shell/ListNavigator';
import { toggleSelected, useSelection } from './selection';
import type { SearchState } from './useSearch';

// Padding, a title line, a meta line and two snippet lines (styles/app.css); every row is this tall.
const rowHeight = 100;

interface ResultListProps {
  search: SearchState;
  activeId: string | undefined;
  onOpen(id: string): void;
  onRead(): void;
  navigatorRef: Ref<ListNavigator>;
}

/**
 * The results, virtualised so that 100,000 of them scroll as smoothly as ten: only the rows on screen exist, and
 * their pages load as they come into view. A listbox: arrows (or j/k) move and open, Enter reads the open item,
 * Space or x ticks it (to add several items to a collection, or export them, at once).
 */
export function ResultList({ search, activeId, onOpen, onRead, navigatorRef }: ResultListProps) {
  const { t } = useTranslation();
  const selection = useSelection();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Where the keyboard last moved to; a move onto a row whose page is still loading opens it when it arrives.
  const lastIndex = useRef(-1);
  const [pendingIndex, setPendingIndex] = useState<number | null>(null);
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
  const { loadRange, resultAt } = search;
  useEffect(() => loadRange(first, last), [loadRange, first, last]);

  const pendingResult = pendingIndex === null ? undefined : resultAt(pendingIndex);
  useEffect(() => {
    if (!pendingResult) return;
    setPendingIndex(null);
    onOpen(pendingResult.id);
  }, [pendingResult, onOpen]);

  // The open item's row: among the rows on screen, else where the keyboard left it (the list may have scrolled).
  let activeIndex = -1;
  for (let index = first; index <= last && activeId; index += 1) if (resultAt(index)?.id === activeId) activeIndex = index;
  if (activeIndex === -1 && activeId && resultAt(lastIndex.current)?.id === activeId) activeIndex = lastIndex.current;

  const move = (step: number) => {
    if (search.total === 0) return;
    const from = activeIndex === -1 ? (step > 0 ? -1 : search.total) : activeIndex;
    const to = Math.min(Math.max(from + step, 0), search.total - 1);
    lastIndex.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const result = resultAt(to);
    if (result) onOpen(result.id);
    else {
      setPendingIndex(to);
      loadRange(to, to);
    }
  };

  useImperativeHandle(navigatorRef, () => ({ move, focus: () => scrollRef.current?.focus() }));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowDown: 1, KeyJ: 1, ArrowUp: -1, KeyK: -1, PageDown: 8, PageUp: -8 }[keyName(event)];
    if (step !== undefined) {
      event.preventDefault();
      move(step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? -search.total : search.total);
    } else if (event.key === 'Enter' && activeId) {
      event.preventDefault();
      onRead();
    } else if ((event.key === ' ' || event.code === 'KeyX') && activeId && activeIndex >= 0) {
      event.preventDefault();
      toggleSelected(activeId);
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
              // The tick is the option's own checked state: a checkbox inside an option would be a control inside
              // a control, which screen readers do not announce reliably.
              aria-checked={result ? selection.has(result.id) : undefined}
              aria-posinset={row.index + 1}
              aria-setsize={search.total}
              className={result && selection.has(result.id) ? 'result-row is-ticked' : 'result-row'}
              style={{
                position: 'absolute',
                insetInlineStart: 0,
                top: 0,
                width: '100%',
                height: row.size,
                transform: `translateY(${row.start}px)`,
              }}
              onClick={() => {
                if (!result) return;
                lastIndex.current = row.index;
                onOpen(result.id);
              }}
            >
              {result ? (
                <>
                  <span
                    className="result-check"
                    aria-hidden="true"
                    title={t('app.selection.tick')}
                    onClick={(event) => {
                      event.stopPropagation();
                      toggleSelected(result.id);
                    }}
                  >
                    {selection.has(result.id) && <Check size={14} strokeWidth={3} />}
                  </span>
                  <div className="result-body">
                    <ResultRow result={result} />
                  </div>
                </>
              ) : (
                <div className="result-placeholder" aria-hidden="true" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

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

/** Arrow and page keys by name; letters by their place on the keyboard, so that j and k work on any layout. */
function keyName(event: KeyboardEvent): string {
  return event.key.length === 1 ? event.code : event.key;
}
