import type { Command } from 'commander';
import { action } from '../action';

/** `attach` and `detach`: files on an item, stored once in the library. */
export function registerAttachmentCommands(program: Command): void {
  program
    .command('attach')
    .description('attach files to an item')
    .argument('<id>', 'item id')
    .argument('<files...>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, paths: string[]) => {
        const item = await session.call('attachments.add', { id, paths });
        session.print(item, () => session.t('cli.attached', { count: paths.length, id: item.id, revision: item.revision.slice(0, 12) }));
      }),
    );
  program
    .command('detach')
    .description('take a file off an item (by its SHA-256, or the first 6 characters or more)')
    .argument('<id>', 'item id')
    .argument('<sha256>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, sha256: string) => {
        const item = await session.call('attachments.remove', { id, sha256 });
        session.print(item, () => session.t('cli.detached', { id: item.id, revision: item.revision.slice(0, 12) }));
      }),
    );
}
