import type { Command } from 'commander';
import type { Term } from '../../api/types';
import { action, collect, positiveInt } from '../action';
import { UsageFailure, unwrap } from '../failure';
import { formatItem } from '../formatItem';
import { formatItemList, formatRevisions } from '../formatLists';
import { readJsonInput } from '../readJsonInput';
import type { Session } from '../session';
import { termsById } from '../termsById';

interface AddOptions {
  json?: string;
  kind?: string;
  title?: string;
  summary?: string;
  body?: string;
  language?: string;
  theme?: string[];
  sdg?: string[];
  country?: string[];
  region?: string[];
  tag?: string[];
  author?: string[];
  date?: string;
  status?: string;
  sourceUrl?: string;
  licence?: string;
  lead?: string[];
  partner?: string[];
  funder?: string[];
  from?: string;
  to?: string;
  translation?: string[];
  related?: string[];
}

/** `add`, `show`, `list`, `edit`, `delete`, `history` and `restore-revision`. */
export function registerItemCommands(program: Command): void {
  program
    .command('add')
    .description('add items: from flags, or from a JSON file (one item or an array; - for standard input)')
    .option('--json <file>', 'items in the item format (docs/item-format.md); prints the new ids as JSON')
    .option('--kind <kind>', 'practice, policy or toolkit')
    .option('--title <text>')
    .option('--summary <text>')
    .option('--body <markdown>')
    .option('--language <code>', 'content language (ISO 639-1)')
    .option('--theme <theme>', 'theme id or label (repeatable)', collect)
    .option('--sdg <code>', 'SDG goal or target, e.g. 5 or 5.2 (repeatable)', collect)
    .option('--country <code>', 'ISO 3166-1 alpha-2 (repeatable)', collect)
    .option('--region <code>', 'UN M49 region code or name (repeatable)', collect)
    .option('--tag <tag>', '(repeatable)', collect)
    .option('--author <name>', '(repeatable)', collect)
    .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--status <status>', 'draft, published or archived')
    .option('--source-url <url>')
    .option('--licence <licence>')
    .option('--lead <organisation>', 'lead organisation, by name (repeatable)', collect)
    .option('--partner <organisation>', 'partner organisation (repeatable)', collect)
    .option('--funder <organisation>', 'funding organisation (repeatable)', collect)
    .option('--from <date>', 'start of the period (instead of --date)')
    .option('--to <date>', 'end of the period')
    .option('--translation <id>', 'the same item in another language (repeatable)', collect)
    .option('--related <id>', 'a related item (repeatable)', collect)
    .action(action(addItems));

  program
    .command('show')
    .description('show one item')
    .argument('<id>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string) => {
        const item = await session.call('items.get', { id });
        const terms = session.isJson ? new Map<string, Term>() : await termsById(session);
        session.print(item, () => formatItem(item, { t: session.t, language: session.language, terms }));
      }),
    );

  program
    .command('list')
    .description('list items, most recently changed first')
    .option('--kind <kind>', 'practice, policy or toolkit')
    .option('--limit <n>', 'how many (default 50)', positiveInt)
    .option('--json', 'print JSON only')
    .action(
      action(async (session, options: { kind?: 'practice'; limit?: number }) => {
        const items = await session.call('items.list', { kind: options.kind, limit: options.limit });
        session.print(items, () => formatItemList(items, session.t));
      }),
    );

  program
    .command('edit')
    .description('change fields of an item from a JSON file of the fields to change (null clears a field)')
    .argument('<id>')
    .requiredOption('--json <file>', 'the changes as JSON; - for standard input')
    .action(
      action(async (session, id: string, options: { json: string }) => {
        const changes = unwrap(readJsonInput(options.json));
        if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
          throw new UsageFailure('cli.editNeedsObject');
        }
        const before = await session.call('items.get', { id });
        const item = await session.call('items.update', { id, changes: changes as Record<string, unknown> });
        const message = item.revision === before.revision ? 'cli.unchanged' : 'cli.edited';
        process.stdout.write(`${session.t(message, { id: item.id, revision: item.revision.slice(0, 12) })}\n`);
      }),
    );

  program
    .command('delete')
    .description('move an item to the trash')
    .argument('<id>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string) => {
        const item = await session.call('items.delete', { id });
        session.print(item, () => session.t('cli.deleted', { title: item.title }));
      }),
    );

  program
    .command('history')
    .description("an item's revisions, newest first")
    .argument('<id>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string) => {
        const revisions = await session.call('items.history', { id });
        session.print(revisions, () => formatRevisions(revisions, session.t, session.language));
      }),
    );

  program
    .command('restore-revision')
    .description('make an earlier revision current again (as a new revision)')
    .argument('<id>')
    .argument('<hash>', 'the revision hash, or its first 6 characters or more')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, hash: string) => {
        const before = await session.call('items.get', { id });
        const item = await session.call('items.restoreRevision', { id, hash });
        const message = item.revision === before.revision ? 'cli.unchanged' : 'cli.restored';
        session.print(item, () => session.t(message, { id: item.id, revision: item.revision.slice(0, 12) }));
      }),
    );
}

async function addItems(session: Session, options: AddOptions): Promise<void> {
  const { json, ...flags } = options;
  const given = Object.entries(flags).filter(([, value]) => value !== undefined);
  let ids: string[];
  if (json !== undefined) {
    const flag = (given[0]?.[0] ?? '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    if (given.length > 0) throw new UsageFailure('cli.addJsonAndFlags', { flag: `--${flag}` });
    const input = unwrap(readJsonInput(json));
    ids = Array.isArray(input)
      ? await session.call('items.createMany', { items: input })
      : [await session.call('items.create', input as never)];
  } else {
    ids = [await session.call('items.create', itemFromFlags(flags) as never)];
  }
  printMaybeJson(json !== undefined, ids, () => ids.map((id) => session.t('cli.added', { id })).join('\n'));
}

function itemFromFlags(flags: Omit<AddOptions, 'json'>): Record<string, unknown> {
  const item: Record<string, unknown> = {
    kind: flags.kind,
    title: flags.title,
    summary: flags.summary,
    body: flags.body,
    language: flags.language,
    themes: flags.theme,
    sdgs: flags.sdg,
    countries: flags.country,
    regions: flags.region,
    tags: flags.tag,
    authors: flags.author,
    date: flags.date,
    status: flags.status,
    sourceUrl: flags.sourceUrl,
    licence: flags.licence,
    organisations: organisationsFromFlags(flags),
    period: flags.from === undefined && flags.to === undefined ? undefined : { from: flags.from, to: flags.to },
    translations: flags.translation,
    related: flags.related,
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}

function organisationsFromFlags(flags: Omit<AddOptions, 'json'>): Array<{ name: string; role: string }> | undefined {
  const organisations = (['lead', 'partner', 'funder'] as const).flatMap((role) => (flags[role] ?? []).map((name) => ({ name, role })));
  return organisations.length > 0 ? organisations : undefined;
}

function printMaybeJson(isJson: boolean, value: unknown, human: () => string): void {
  process.stdout.write(isJson ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}
