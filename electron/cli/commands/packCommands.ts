import { Option, type Command } from 'commander';
import type { ImportPreview } from '../../api/types';
import { uiLanguages, type UiLanguage } from '../../api/vocabularyCodes';
import { action } from '../action';
import { unwrap, UsageFailure } from '../failure';
import { formatImportPreview, formatProblems } from '../formatPacks';
import { longWork } from '../progress';

interface ExportOptions {
  collection?: string;
  query?: string;
  items?: string;
  out: string;
  sign?: boolean;
  title?: string;
  description?: string;
  lang?: string;
}

/** `export`, `import`, `verify`: packs, the .zip files associations share (PRODUCT.md, "Packs"). */
export function registerPackCommands(program: Command): void {
  program
    .command('export')
    .description('write a pack (.zip with an offline viewer) of a collection, a search or chosen items')
    .addOption(new Option('--collection <id|name>', 'a collection, in its order').conflicts(['query', 'items']))
    .addOption(new Option('--query <query>', 'every result of a search').conflicts(['items']))
    .option('--items <ids>', 'items by id, separated by commas')
    .requiredOption('--out <file.zip>', 'the pack to write')
    .option('--sign', "sign the manifest with this library's publisher key")
    .option('--title <title>', 'title of the pack (default: the collection name)')
    .option('--description <text>', 'description (default: the collection description)')
    .option('--lang <code>', 'language the viewer opens in, and of messages: fr, en, es or ar')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, options: ExportOptions) => {
        const selection =
          options.collection !== undefined
            ? { collection: options.collection }
            : options.query !== undefined
              ? { query: options.query }
              : options.items !== undefined
                ? {
                    itemIds: options.items
                      .split(',')
                      .map((id) => id.trim())
                      .filter(Boolean),
                  }
                : null;
        if (!selection) throw new UsageFailure('cli.pack.chooseSelection');
        const language = (uiLanguages as readonly string[]).includes(options.lang ?? '') ? (options.lang as UiLanguage) : session.language;
        const { exportPack } = await import('../../core/packs/exportPack');
        const work = longWork(session, 'cli.pack.exporting');
        const summary = await exportPack(
          session.library(),
          { selection, out: options.out, title: options.title, description: options.description, language, sign: options.sign === true },
          work,
        ).finally(() => work.finish());
        const exported = unwrap(summary);
        session.print(exported, () =>
          session.t(exported.isSigned ? 'cli.pack.exportedSigned' : 'cli.pack.exported', {
            path: exported.path,
            items: exported.items,
            attachments: exported.attachments,
            count: exported.items,
          }),
        );
      }),
    );

  program
    .command('import')
    .description('check a pack, show what it would change, and import it with --yes')
    .argument('<file.zip>')
    .addOption(new Option('--yes', 'import after the checks, without asking').conflicts('dryRun'))
    .option('--dry-run', 'only check the pack and show the preview')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, path: string, options: { yes?: boolean; dryRun?: boolean }) => {
        const { importPack, previewImport } = await import('../../core/packs/importPack');
        const work = longWork(session, options.yes ? 'cli.pack.importing' : 'cli.pack.checking');
        const run = options.yes ? importPack : previewImport;
        const preview: ImportPreview = unwrap(await run(session.library(), { path }, work).finally(() => work.finish()));
        const isApplied = options.yes === true && preview.hasChanges;
        session.print({ ...preview, applied: isApplied }, () =>
          [
            formatImportPreview(preview, session.t, session.language),
            '',
            session.t(!preview.hasChanges ? 'cli.pack.nothingToImport' : isApplied ? 'cli.pack.imported' : 'cli.pack.confirmWithYes', {
              path,
            }),
          ].join('\n'),
        );
      }),
    );

  program
    .command('verify')
    .description('check a pack without importing it: structure, sizes, checksums, signature, items')
    .argument('<file.zip>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, path: string) => {
        const { verifyPack } = await import('../../core/packs/verifyPack');
        const work = longWork(session, 'cli.pack.checking');
        const check = await verifyPack(path, work).finally(() => work.finish());
        check.pack?.zip.close();
        const problems = check.problems.map((problem) => ({ ...problem, message: session.t(`error.${problem.code}`, problem.params) }));
        session.print({ ok: problems.length === 0, problems }, () =>
          problems.length === 0
            ? session.t(check.pack?.isSigned ? 'cli.pack.soundSigned' : 'cli.pack.sound', {
                items: check.pack?.items.length ?? 0,
                attachments: check.pack?.manifest.counts.attachments ?? 0,
              })
            : formatProblems(problems, session.t),
        );
        if (problems.length > 0) session.reportFailure();
      }),
    );
}
