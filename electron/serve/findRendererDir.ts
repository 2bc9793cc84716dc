import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built interface (`out/renderer`, made by `npm run build`, which `npm install` runs), looked for upward from
 * this module so that it is found from the sources (tests) and from the bundled CLI in `out/cli`. Null when the
 * interface has not been built.
 */
export function findRendererDir(start: string = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
