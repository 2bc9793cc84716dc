import type { Command } from 'commander';
import type { Labels } from '../../api/vocabularyCodes';
import { action } from '../action';
import { formatTerms } from '../formatLists';

interface LabelOptions {
  fr?: string;
  en?: string;
  es?: string;
  ar?: string;
}

const labelsOf = (options: LabelOptions): Partial<Labels> =>
  Object.fromEntries(Object.entries({ fr: options.fr, en: options.en, es: options.es, ar: options.ar }).filter(([, v]) => v !== undefined));

/** `vocab list|add|rename|merge|retire`. */
export function registerVocabularyCommands(program: Command): void {
  const vocab = program.command('vocab').description('controlled vocabularies: themes, sdgs, countries, regions, organisations');
  vocab
    .command('list')
    .description('list the terms of a vocabulary with their item counts')
    .argument('<vocabulary>', 'themes, sdgs, countries, regions or organisations')
    .option('--all', 'include retired terms')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, vocabulary: string, options: { all?: boolean }) => {
        const terms = await session.call('vocabularies.list', { vocabulary: vocabulary as 'themes', includeRetired: options.all === true });
        session.print(terms, () => formatTerms(terms, session.t, session.language));
      }),
    );
  vocab
    .command('add')
    .description('add a theme or an organisation')
    .argument('<vocabulary>', 'themes or organisations')
    .argument('[label]', 'the label, used for every language not given')
    .option('--fr <label>')
    .option('--en <label>')
    .option('--es <label>')
    .option('--ar <label>')
    .option(
      '--type <type>',
      'organisation type: lga, localGovernment, nationalGovernment, donor, ngo, internationalOrganisation, academic, other',
    )
    .option('--country <code>', "organisation's country (ISO 3166-1 alpha-2)")
    .option('--json', 'print JSON only')
    .action(
      action(
        async (session, vocabulary: string, label: string | undefined, options: LabelOptions & { type?: string; country?: string }) => {
          const term = await session.call('vocabularies.add', {
            vocabulary: vocabulary as 'themes',
            labels: { ...(label === undefined ? {} : { fr: label, en: label, es: label, ar: label }), ...labelsOf(options) },
            organisationType: options.type as 'lga' | undefined,
            country: options.country,
          });
          session.print(term, () => session.t('cli.termAdded', { id: term.id, label: term.labels[session.language] }));
        },
      ),
    );
  vocab
    .command('rename')
    .description("change a term's labels")
    .argument('<id>', 'term id, e.g. theme:youth')
    .option('--fr <label>')
    .option('--en <label>')
    .option('--es <label>')
    .option('--ar <label>')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, options: LabelOptions) => {
        const term = await session.call('vocabularies.rename', { id, labels: labelsOf(options) });
        session.print(term, () => session.t('cli.termRenamed', { id: term.id, label: term.labels[session.language] }));
      }),
    );
  vocab
    .command('merge')
    .description('move every use of term FROM to term INTO, and retire FROM')
    .argument('<from>', 'term id')
    .argument('<into>', 'term id')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, from: string, into: string) => {
        const merged = await session.call('vocabularies.merge', { from, into });
        session.print(merged, () =>
          session.t('cli.termsMerged', { from, into: merged.term.labels[session.language], count: merged.movedItems }),
        );
      }),
    );
  vocab
    .command('retire')
    .description('hide a term from pickers; items keep it')
    .argument('<id>', 'term id')
    .option('--undo', 'bring a retired term back')
    .option('--json', 'print JSON only')
    .action(
      action(async (session, id: string, options: { undo?: boolean }) => {
        const term = await session.call('vocabularies.retire', { id, isRetired: !options.undo });
        session.print(term, () => session.t(options.undo ? 'cli.termUnretired' : 'cli.termRetired', { id: term.id }));
      }),
    );
}
