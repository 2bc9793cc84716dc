import type { Command } from 'commander';
import { action } from '../action';
import { formatStats } from '../formatLists';
import { unwrap } from '../failure';

/** `init`, `stats` and `starter remove`. */
export function registerLibraryCommands(program: Command): void {
  program
    .command('init')
    .description('create a library (with the starter pack unless --empty)')
    .option('--empty', 'without the starter pack')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, options: { empty?: boolean }) => {
        const { initLibrary } = await import('../../core/library/initLibrary');
        const library = unwrap(
          await initLibrary({
            dir: session.libraryDir,
            resourcesDir: session.resourcesDir,
            withStarter: !options.empty,
            language: session.language,
          }),
        );
        library.close();
        session.print({ library: session.libraryDir, libraryId: library.id, starter: !options.empty }, () =>
          session.t(options.empty ? 'cli.initEmpty' : 'cli.init', { dir: session.libraryDir }),
        );
      }),
    );

  program
    .command('stats')
    .description('counts of items, revisions, collections and terms')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const stats = await session.call('library.stats', {});
        session.print(stats, () => formatStats(stats, session.t, session.libraryDir));
      }),
    );

  program
    .command('starter')
    .description('the example items and collection of a new library')
    .command('remove')
    .description('remove the starter pack entirely')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const removed = await session.call('starter.remove', {});
        session.print(removed, () => session.t('cli.starterRemoved', { count: removed.items }));
      }),
    );
}
