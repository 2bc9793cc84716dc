// `npm run bench`: search (searchBench.ts) then packs (packBench.ts), each in its own process with the same
// arguments; each reads the options it knows.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

for (const script of ['searchBench.ts', 'packBench.ts']) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
