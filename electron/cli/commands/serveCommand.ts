import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { libraryPaths } from '../../core/library/libraryPaths';
import { action, positiveInt } from '../action';
import { unwrap, UsageFailure } from '../failure';
import type { Session } from '../session';

/** `serve`: the interface in a web browser, on this computer only. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('open the interface in a web browser: serves it on 127.0.0.1 until Ctrl+C')
    .option('--port <n>', 'port to listen on (default: a free one)', positiveInt)
    .option('--json', 'print the address as JSON')
    .action(
      action(async (session, options: { port?: number }) => {
        const { startServer } = await import('../../serve/startServer');
        const { findRendererDir } = await import('../../serve/findRendererDir');
        const { createHandlers } = await import('../../core/handlers');
        const { noHostHandlers } = await import('../../core/noHostHandlers');
        const rendererDir = findRendererDir();
        if (rendererDir === null) throw new UsageFailure('cli.serve.notBuilt');
        const isNew = await createIfMissing(session);
        const server = await startServer({
          handlers: { ...createHandlers(session.library()), ...noHostHandlers },
          rendererDir,
          port: options.port,
        });
        session.print({ url: server.url, origin: server.origin, token: server.token, library: session.libraryDir, isNew }, () =>
          [
            ...(isNew ? [session.t('cli.init', { dir: session.libraryDir })] : []),
            session.t('cli.serve.listening', { dir: session.libraryDir }),
            `  ${server.url}`,
            session.t('cli.serve.howToStop'),
          ].join('\n'),
        );
        await stopSignal();
        await server.close();
      }),
    );
}

/** A first `serve` on a new computer opens what the app would: a library with the starter pack. */
async function createIfMissing(session: Session): Promise<boolean> {
  if (existsSync(libraryPaths(session.libraryDir).database)) return false;
  const { initLibrary } = await import('../../core/library/initLibrary');
  const library = unwrap(
    await initLibrary({ dir: session.libraryDir, resourcesDir: session.resourcesDir, withStarter: true, language: session.language }),
  );
  library.close();
  return true;
}

/** Resolves on Ctrl+C or a termination request, so that the library closes cleanly. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
