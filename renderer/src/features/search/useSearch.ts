import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../electron/api/errors';
import type { Facets, SearchPage, SearchResult, SearchSort } from '../../../../electron/api/types';
import type { UiLanguage } from '../../../../electron/api/vocabularyCodes';
import { useLibraryVersion } from '../../api/callChange';
import { call } from '../../api/client';

const pageSize = 50;

/** The results of one query, loaded a page at a time as the list scrolls. */
export interface SearchState {
  /** The query these results answer (the box may already hold a newer one). */
  readonly query: string;
  readonly total: number;
  readonly facets: Facets | undefined;
  readonly sort: SearchSort | undefined;
  readonly warnings: readonly AppError[];
  readonly error: AppError | undefined;
  /** A newer query's first page is on its way. */
  readonly isLoading: boolean;
  /** The result at a position, or undefined while its page loads. */
  resultAt(index: number): SearchResult | undefined;
  /** Asks for the pages covering these positions (the rows the list is about to show). */
  loadRange(first: number, last: number): void;
}

interface Loaded {
  readonly key: string;
  readonly query: string;
  readonly page: SearchPage | undefined;
  readonly error: AppError | undefined;
  readonly pages: ReadonlyMap<number, readonly SearchResult[]>;
}

/**
 * Runs the query as the user types (the caller debounces). Each answer is matched to the request that asked
 * for it: an answer to an older query, or to a page of one, is dropped.
 */
export function useSearch({ query, sort, language }: { query: string; sort: SearchSort | undefined; language: UiLanguage }): SearchState {
  // A change to the library (an item restored from the trash, say) makes the same query a new request.
  const libraryVersion = useLibraryVersion();
  const key = JSON.stringify([query, sort, language, libraryVersion]);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', query: '', page: undefined, error: undefined, pages: new Map() });
  const requested = useRef(new Set<string>());
  const currentKey = useRef(key);
  useEffect(() => {
    currentKey.current = key;
  }, [key]);

  const fetchPage = useCallback(
    async (pageIndex: number) => {
      const requestKey = currentKey.current;
      const marker = `${requestKey}#${pageIndex}`;
      if (requested.current.has(marker)) return;
      requested.current.add(marker);
      const result = await call('search.query', { text: query, sort, language, limit: pageSize, offset: pageIndex * pageSize });
      if (requestKey !== currentKey.current) return;
      // A page that failed may be asked for again when it scrolls back into view.
      if (!result.ok) requested.current.delete(marker);
      setLoaded((previous) => {
        if (!result.ok && pageIndex > 0) return previous;
        if (!result.ok) return { key: requestKey, query, page: undefined, error: result.error, pages: new Map() };
        const pages = new Map(previous.key === requestKey ? previous.pages : []);
        pages.set(pageIndex, result.value.results);
        return {
          key: requestKey,
          query,
          page: previous.key === requestKey && previous.page ? previous.page : result.value,
          error: undefined,
          pages,
        };
      });
    },
    [query, sort, language],
  );

  useEffect(() => {
    requested.current.clear();
    void fetchPage(0);
  }, [fetchPage, libraryVersion]);

  const isCurrent = loaded.key === key;
  const resultAt = useCallback((index: number) => loaded.pages.get(Math.floor(index / pageSize))?.[index % pageSize], [loaded.pages]);
  const loadRange = useCallback(
    (first: number, last: number) => {
      if (!isCurrent) return;
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) {
        if (!loaded.pages.has(page)) void fetchPage(page);
      }
    },
    [isCurrent, loaded.pages, fetchPage],
  );

  return {
    query: loaded.query,
    total: loaded.page?.total ?? 0,
    facets: loaded.page?.facets,
    sort: loaded.page?.sort,
    warnings: loaded.page?.warnings ?? [],
    error: loaded.error,
    isLoading: !isCurrent,
    resultAt,
    loadRange,
  };
}
