import type { CommanderError } from 'commander';
import { findResourcesDir } from '../core/library/resourcesDir';
import { detectLanguage, loadMessages } from '../core/messages';

/** Prints commander's usage error in the user's language: the kind of mistake, and the word it was about. */
export async function reportUsageError(error: CommanderError, langFlag: string | undefined): Promise<void> {
  const t = await loadMessages(findResourcesDir(), detectLanguage(langFlag ?? langFromArgv()));
  // Commander quotes what was wrong: the value for an invalid argument, otherwise the option or command.
  const subject = (/'([^']*)' is invalid/.exec(error.message) ?? /'([^']*)'/.exec(error.message))?.[1] ?? '';
  const key = `cli.usage.${error.code.replace('commander.', '')}`;
  const message = t(key, { subject, defaultValue: error.message.replace(/^error: /, '') });
  process.stderr.write(`${t('cli.errorPrefix')} ${message}\n${t('cli.usage.seeHelp')}\n`);
}

// Commander may fail before it has read --lang (an unknown command comes first), so look for it directly.
function langFromArgv(): string | undefined {
  const index = process.argv.indexOf('--lang');
  return index === -1 ? undefined : process.argv[index + 1];
}
