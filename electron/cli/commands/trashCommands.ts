import type { Command } from 'commander';
import { action } from '../action';
import { formatItemList } from '../formatLists';

/** `trash` (list), `trash restore ID`, `trash empty`. */
export function registerTrashCommands(program: Command): void {
  const trash = program.command('trash').description('items deleted but not yet gone');
  trash
    .command('list', { isDefault: true })
    .description('list the items in the trash')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const items = await session.call('trash.list', {});
        session.print(items, () => (items.length === 0 ? session.t('cli.trashEmpty') : formatItemList(items, session.t)));
      }),
    );
  trash
    .command('restore')
    .description('bring an item back from the trash')
    .argument('<id>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string) => {
        const item = await session.call('trash.restore', { id });
        session.print(item, () => session.t('cli.restoredFromTrash', { title: item.title }));
      }),
    );
  trash
    .command('empty')
    .description('delete every item in the trash for good')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const emptied = await session.call('trash.empty', {});
        session.print(emptied, () => session.t('cli.trashEmptied', { count: emptied.deleted }));
      }),
    );
}
