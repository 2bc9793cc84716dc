import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files of the built viewer that every pack carries, by their path inside the pack. */
export const viewerFiles = { 'index.html': 'index.html', 'viewer/viewer.js': 'viewer.js', 'viewer/viewer.css': 'viewer.css' } as const;

/**
 * The built offline viewer (`out/viewer`, made by `npm run build`), looked for upward from this module so that it
 * is found from the sources (tests) and from the bundles in `out/`. Null when it has not been built.
 */
export function findViewerDir(start: string = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'out', 'viewer');
    if (Object.values(viewerFiles).every((file) => existsSync(join(candidate, file)))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
