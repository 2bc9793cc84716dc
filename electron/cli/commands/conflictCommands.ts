import { Option, type Command } from 'commander';
import { action } from '../action';
import { formatConflicts } from '../formatPacks';

/** `conflicts` and `resolve`: items a pack and this library both changed. */
export function registerConflictCommands(program: Command): void {
  program
    .command('conflicts')
    .description('items changed both here and in an imported pack')
    .option('--json', 'print JSON only')
    .action(
      action(async (session) => {
        const conflicts = await session.call('conflicts.list', {});
        session.print(conflicts, () => formatConflicts(conflicts, session.t, session.language));
      }),
    );
  program
    .command('resolve')
    .description('settle a conflict: keep this library’s revision, take the pack’s, or merge them field by field')
    .argument('<id>', 'item id')
    .addOption(
      new Option('--keep <side>', 'mine, theirs, or merged (with --theirs)').choices(['mine', 'theirs', 'merged']).makeOptionMandatory(),
    )
    .option('--theirs <fields>', 'with --keep merged: the fields to take from the pack, comma-separated (summary,themes)', commaList)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, options: { keep: 'mine' | 'theirs' | 'merged'; theirs?: string[] }) => {
        const item = await session.call(
          'conflicts.resolve',
          options.keep === 'merged' ? { id, keep: 'merged', theirsFields: options.theirs ?? [] } : { id, keep: options.keep },
        );
        session.print(item, () =>
          session.t(`cli.conflicts.resolved_${options.keep}`, { id: item.id, revision: item.revision.slice(0, 12) }),
        );
      }),
    );
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}
