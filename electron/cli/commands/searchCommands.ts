import type { Command } from 'commander';
import type { SearchPage, SearchSort, Term } from '../../api/types';
import { action, positiveInt } from '../action';
import { formatSearchPage } from '../formatSearch';
import type { Session } from '../session';
import { termsById } from '../termsById';
import { unwrap } from '../failure';

interface PageOptions {
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}

const nonNegativeInt = (value: string) => (value === '0' ? 0 : positiveInt(value));

/** `search`, `saved-search add|list|run|rename|delete` and `reindex`. */
export function registerSearchCommands(program: Command): void {
  program
    .command('search')
    .description('search the library (query language: docs/search.md)')
    .argument('[query...]', 'words, "phrases", -exclusions, OR, prefix*, and filters such as kind:policy sdg:5 country:TN year:2019..2023')
    .option('--sort <order>', 'relevance, date or title')
    .option('--limit <n>', 'results per page (default 20)', positiveInt)
    .option('--offset <n>', 'results to skip', nonNegativeInt)
    .option('--json', 'print JSON only')
    // `-climat` is an exclusion, not an option: unknown options go to the query.
    .allowUnknownOption()
    .action(
      action(async (session, words: string[], options: PageOptions) => {
        const page = await session.call('search.query', { text: words.join(' '), ...pageInput(session, options) });
        await printPage(session, page, options.offset ?? 0);
      }),
    );

  const saved = program.command('saved-search').description('named searches kept in the library');
  saved
    .command('add')
    .description('save a query under a name')
    .argument('<name>')
    .argument('<query...>')
    .option('--sort <order>', 'relevance, date or title')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, name: string, words: string[], options: { sort?: SearchSort }) => {
        const search = await session.call('savedSearches.create', { name, query: words.join(' '), sort: options.sort });
        session.print(search, () => session.t('cli.search.saved', { name: search.name }));
      }),
    );
  saved
    .command('list')
    .description('list saved searches')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const searches = await session.call('savedSearches.list', {});
        session.print(searches, () =>
          searches.length === 0
            ? session.t('cli.search.noneSaved')
            : searches.map((search) => `${search.name}  —  ${search.query}`).join('\n'),
        );
      }),
    );
  saved
    .command('run')
    .description('run a saved search')
    .argument('<name>', 'name or id')
    .option('--limit <n>', 'results per page (default 20)', positiveInt)
    .option('--offset <n>', 'results to skip', nonNegativeInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, options: PageOptions) => {
        const page = await session.call('savedSearches.run', {
          ref,
          limit: options.limit,
          offset: options.offset,
          language: session.language,
        });
        await printPage(session, page, options.offset ?? 0);
      }),
    );
  saved
    .command('rename')
    .description('rename a saved search')
    .argument('<name>', 'name or id')
    .argument('<new-name>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, name: string) => {
        const search = await session.call('savedSearches.update', { ref, name });
        session.print(search, () => session.t('cli.search.renamed', { name: search.name }));
      }),
    );
  saved
    .command('delete')
    .description('delete a saved search')
    .argument('<name>', 'name or id')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string) => {
        const deleted = await session.call('savedSearches.delete', { ref });
        session.print(deleted, () => session.t('cli.search.deleted', { name: ref }));
      }),
    );

  program
    .command('reindex')
    .description('rebuild the full-text index from the items')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const { reindexLibrary } = await import('../../core/search/rebuildIndex');
        const reindexed = unwrap(
          reindexLibrary(session.library(), (done, total) => {
            if (process.stderr.isTTY) process.stderr.write(`\r${session.t('cli.progress', { done, total })}`);
          }),
        );
        if (process.stderr.isTTY) process.stderr.write('\n');
        session.print(reindexed, () => session.t('cli.reindexed', { count: reindexed.items }));
      }),
    );
}

function pageInput(session: Session, options: PageOptions) {
  return { sort: options.sort, limit: options.limit, offset: options.offset, language: session.language };
}

async function printPage(session: Session, page: SearchPage, offset: number): Promise<void> {
  for (const warning of page.warnings) process.stderr.write(`${session.t(`error.${warning.code}`, warning.params)}\n`);
  const terms = session.isJson ? new Map<string, Term>() : await termsById(session);
  session.print(page, () =>
    formatSearchPage(page, { t: session.t, language: session.language, terms, offset, isTerminal: process.stdout.isTTY === true }),
  );
}
