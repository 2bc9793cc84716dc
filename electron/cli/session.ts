import type { TFunction } from 'i18next';
import type { Result } from '../api/errors';
import type { Input, OpName, Outputs } from '../api/operations';
import type { UiLanguage } from '../api/vocabularyCodes';
import { dispatch, type Handlers } from '../core/dispatch';
import { noHostHandlers } from '../core/noHostHandlers';
import { createHandlers } from '../core/handlers';
import { resolveLibraryDir } from '../core/library/defaultLibraryDir';
import type { Library } from '../core/library/library';
import { openLibrary } from '../core/library/openLibrary';
import { findResourcesDir } from '../core/library/resourcesDir';
import { CommandFailure, UsageFailure, unwrap } from './failure';
import { detectLanguage, loadMessages } from '../core/messages';

/** The options every command accepts. */
export interface GlobalOptions {
  readonly library?: string;
  readonly lang?: string;
  readonly json?: boolean;
}

/** What a command's body works with: the messages, the output mode and, once opened, the library. */
export interface Session {
  readonly t: TFunction;
  readonly language: UiLanguage;
  readonly isJson: boolean;
  readonly libraryDir: string;
  readonly resourcesDir: string;
  /** The open library, for the few commands that use the core directly (bulk work with progress). */
  library(): Library;
  /** Runs an operation of the contract on the library; a failure ends the command with its message. */
  call<K extends OpName>(name: K, input: Input<K>): Promise<Outputs[K]>;
  /** Prints a value as JSON (with --json) or as the given human-readable text. */
  print(value: unknown, human: () => string): void;
  /** Ends the command with exit code 1 once its output is printed: a check that found problems. */
  reportFailure(): void;
}

/** Runs a command body with a session, then closes the library; returns the process exit code. */
export async function runCommand(options: GlobalOptions, body: (session: Session) => Promise<void>): Promise<number> {
  const language = detectLanguage(options.lang);
  const resourcesDir = findResourcesDir();
  const t = await loadMessages(resourcesDir, language);
  const libraryDir = resolveLibraryDir(options.library);
  let library: Library | undefined;
  const open = (): Library => {
    library ??= unwrap(openLibrary({ dir: libraryDir, resourcesDir, author: process.env.COMPENDIUM_AUTHOR || undefined }));
    return library;
  };
  let handlers: Handlers | undefined;
  let exitCode = 0;
  const session: Session = {
    t,
    language,
    isJson: options.json === true,
    libraryDir,
    resourcesDir,
    library: open,
    async call(name, input) {
      handlers ??= { ...createHandlers(open()), ...noHostHandlers };
      return unwrap((await dispatch(handlers, name, input)) as Result<Outputs[typeof name]>);
    },
    print(value, human) {
      process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    reportFailure() {
      exitCode = 1;
    },
  };
  try {
    await body(session);
    return exitCode;
  } catch (cause) {
    if (cause instanceof UsageFailure) {
      process.stderr.write(`${t('cli.errorPrefix')} ${t(cause.key, cause.params)}\n`);
      return 2;
    }
    if (!(cause instanceof CommandFailure)) throw cause;
    process.stderr.write(`${t('cli.errorPrefix')} ${t(`error.${cause.error.code}`, cause.error.params)}\n`);
    return 1;
  } finally {
    library?.close();
  }
}
