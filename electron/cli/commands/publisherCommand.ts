import type { Command } from 'commander';
import { action } from '../action';

/** `publisher`: the name and organisation this library's packs carry. */
export function registerPublisherCommand(program: Command): void {
  program
    .command('publisher')
    .description("show or set the name and organisation written in this library's packs")
    .option('--name <name>')
    .option('--organisation <organisation>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, options: { name?: string; organisation?: string }) => {
        const isChange = options.name !== undefined || options.organisation !== undefined;
        const publisher = isChange
          ? await session.call('publisher.update', { name: options.name, organisation: options.organisation })
          : await session.call('publisher.get', {});
        session.print(publisher, () =>
          [
            `${session.t('cli.pack.publisherName')}${session.t('colon')}${publisher.name}`,
            `${session.t('cli.pack.publisherOrganisation')}${session.t('colon')}${publisher.organisation || '—'}`,
          ].join('\n'),
        );
      }),
    );
}
