import type { Command } from 'commander';
import { action, positiveInt } from '../action';
import { formatCollection, formatCollectionList } from '../formatLists';
import type { Session } from '../session';

const show = (session: Session, collection: Parameters<typeof formatCollection>[0]) =>
  session.print(collection, () => formatCollection(collection, session.t));

/** `collection create|add|move|section|note|remove|list|show|delete`; a collection is named by id or name. */
export function registerCollectionCommands(program: Command): void {
  const collection = program.command('collection').description('ordered lists of items, with sections and notes');
  collection
    .command('create')
    .description('create an empty collection')
    .argument('<name>')
    .option('--description <markdown>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, name: string, options: { description?: string }) =>
        show(session, await session.call('collections.create', { name, description: options.description })),
      ),
    );
  collection
    .command('add')
    .description('add items at the end, or before position --at')
    .argument('<collection>', 'id or name')
    .argument('<ids...>', 'item ids')
    .option('--at <position>', 'insert before this position', positiveInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, itemIds: string[], options: { at?: number }) =>
        show(session, await session.call('collections.addItems', { ref, itemIds, position: options.at })),
      ),
    );
  collection
    .command('move')
    .description('move the entry at FROM to position TO')
    .argument('<collection>', 'id or name')
    .argument('<from>', 'position', positiveInt)
    .argument('<to>', 'position', positiveInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, from: number, to: number) =>
        show(session, await session.call('collections.moveEntry', { ref, from, to })),
      ),
    );
  collection
    .command('section')
    .description('add a section heading at the end, or before position --at')
    .argument('<collection>', 'id or name')
    .argument('<heading>')
    .option('--at <position>', 'insert before this position', positiveInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, heading: string, options: { at?: number }) =>
        show(session, await session.call('collections.addSection', { ref, heading, position: options.at })),
      ),
    );
  collection
    .command('note')
    .description('set the trainer\'s note on the item at POSITION ("" removes it)')
    .argument('<collection>', 'id or name')
    .argument('<position>', 'position', positiveInt)
    .argument('<note>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, position: number, note: string) =>
        show(session, await session.call('collections.setNote', { ref, position, note })),
      ),
    );
  collection
    .command('remove')
    .description('remove the entry at POSITION (the item stays in the library)')
    .argument('<collection>', 'id or name')
    .argument('<position>', 'position', positiveInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string, position: number) =>
        show(session, await session.call('collections.removeEntry', { ref, position })),
      ),
    );
  collection
    .command('list')
    .description('list collections')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const collections = await session.call('collections.list', {});
        session.print(collections, () => formatCollectionList(collections, session.t));
      }),
    );
  collection
    .command('show')
    .description('show a collection in order')
    .argument('<collection>', 'id or name')
    .option('--json', 'print JSON only')
    .action(action(async (session, ref: string) => show(session, await session.call('collections.get', { ref }))));
  collection
    .command('delete')
    .description('delete a collection (its items stay in the library)')
    .argument('<collection>', 'id or name')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, ref: string) => {
        const deleted = await session.call('collections.delete', { ref });
        session.print(deleted, () => session.t('cli.collectionDeleted', { id: deleted.id }));
      }),
    );
}
