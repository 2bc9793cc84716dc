import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `resources/` folder shipped with the app. The core runs from source (tests), from `out/` (CLI, app) and
 * from a packaged app, so it looks upward from this module for the first folder holding `resources/data`.
 */
export function findResourcesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'data', 'sdg.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`resources/ not found above ${start}`);
  }
}
