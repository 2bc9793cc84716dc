import envPaths from 'env-paths';

/**
 * The library folder: `--library DIR`, else `COMPENDIUM_LIBRARY`, else the operating system's data folder for
 * Compendium (`~/.local/share/Compendium/library`, `~/Library/Application Support/Compendium/library`,
 * `%LOCALAPPDATA%\Compendium\Data\library`).
 */
export function resolveLibraryDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.COMPENDIUM_LIBRARY) return env.COMPENDIUM_LIBRARY;
  return `${envPaths('Compendium', { suffix: '' }).data}/library`;
}
