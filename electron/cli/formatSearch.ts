import type { TFunction } from 'i18next';
import type { SearchPage, Term } from '../api/types';
import type { UiLanguage } from '../api/vocabularyCodes';

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;

/** A page of results as a person reads it: numbered hits with snippets, then the facet counts. */
export function formatSearchPage(
  page: SearchPage,
  options: { t: TFunction; language: UiLanguage; terms: ReadonlyMap<string, Term>; offset: number; isTerminal: boolean },
): string {
  const { t, language, terms } = options;
  const label = (id: string) => terms.get(id)?.labels[language] ?? id;
  const lines = [t('cli.search.total', { count: page.total, sort: t(`cli.search.sort.${page.sort}`) })];
  page.results.forEach((result, index) => {
    let snippet = '';
    let cursor = 0;
    for (const [start, end] of result.highlights) {
      const word = result.snippet.slice(start, end);
      snippet += result.snippet.slice(cursor, start) + (options.isTerminal ? bold(word) : word);
      cursor = end;
    }
    snippet += result.snippet.slice(cursor);
    const details = [t(`kind.${result.kind}`), result.language, result.date ?? ''].filter(Boolean).join(' · ');
    lines.push('', `${options.offset + index + 1}. ${result.title}  [${details}]`, `   ${result.id}`);
    if (snippet) lines.push(`   ${snippet}`);
  });
  const facetLine = (name: keyof SearchPage['facets'], show: (value: string) => string) => {
    // JSON objects list number-like keys (years, SDG goals) in numeric order: sort by count here.
    const entries = Object.entries(page.facets[name])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    if (entries.length > 0)
      lines.push(`${t(`cli.search.facet.${name}`)}${t('colon')}${entries.map(([value, count]) => `${show(value)} (${count})`).join(', ')}`);
  };
  if (page.total > 0) {
    lines.push('');
    facetLine('kind', (value) => t(`kind.${value}`));
    facetLine('theme', label);
    facetLine('sdg', (value) => `${value} ${label(`sdg:${value}`)}`);
    facetLine('country', (value) => label(`country:${value}`));
    facetLine('language', (value) => value);
    facetLine('year', (value) => value);
    facetLine('status', (value) => t(`status.${value}`));
  }
  return lines.join('\n');
}
