import { join } from 'node:path';

/** Where a library keeps each part of itself inside its folder. */
export function libraryPaths(dir: string) {
  return {
    database: join(dir, 'compendium.sqlite'),
    attachments: join(dir, 'attachments'),
  };
}
