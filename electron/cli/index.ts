import { Command, CommanderError } from 'commander';
import { registerAttachmentCommands } from './commands/attachmentCommands';
import { registerCollectionCommands } from './commands/collectionCommands';
import { registerConflictCommands } from './commands/conflictCommands';
import { registerItemCommands } from './commands/itemCommands';
import { registerLibraryCommands } from './commands/libraryCommands';
import { registerPackCommands } from './commands/packCommands';
import { registerPublisherCommand } from './commands/publisherCommand';
import { registerSearchCommands } from './commands/searchCommands';
import { registerServeCommand } from './commands/serveCommand';
import { registerTrashCommands } from './commands/trashCommands';
import { registerVocabularyCommands } from './commands/vocabularyCommands';

const program = new Command('compendium')
  .description('Compendium: a knowledge base of good practices, policy documents and toolkits')
  // The bundler writes the version in; running from source says so.
  .version(process.env.COMPENDIUM_VERSION ?? '0.0.0-source')
  .option('--library <dir>', 'library folder (default: $COMPENDIUM_LIBRARY, else the system data folder)')
  .option('--lang <code>', 'language of messages: fr, en, es or ar (default: from LANG)')
  // Settings made before .command() are inherited by every subcommand.
  .exitOverride()
  .configureOutput({ outputError: () => undefined });

registerLibraryCommands(program);
registerItemCommands(program);
registerSearchCommands(program);
registerTrashCommands(program);
registerCollectionCommands(program);
registerVocabularyCommands(program);
registerAttachmentCommands(program);
registerPackCommands(program);
registerConflictCommands(program);
registerPublisherCommand(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (cause) {
  if (!(cause instanceof CommanderError)) throw cause;
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(cause.code)) {
    process.exitCode = 0;
  } else {
    const { reportUsageError } = await import('./reportUsageError');
    await reportUsageError(cause, program.opts<{ lang?: string }>().lang);
    process.exitCode = 2;
  }
}
