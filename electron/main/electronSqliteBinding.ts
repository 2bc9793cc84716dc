import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3's Electron build, made beside its Node build by `npm run dev` (electron/main/prepareDesktop.mjs,
 * which uses the same path), or undefined in a packaged app, whose installer ships a module built for Electron.
 */
export function electronSqliteBinding(appPath: string): string | undefined {
  const binding = join(
    appPath,
    'node_modules',
    '.cache',
    'better-sqlite3-electron',
    `${process.versions.electron}-${process.platform}-${process.arch}`,
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return existsSync(binding) ? binding : undefined;
}
