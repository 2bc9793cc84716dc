// Runs before `npm run dev`. package.json's allowScripts keeps npm from running electron's download script at
// install time (CI and build machines cannot reach its server), so the first `npm run dev` on a user's machine
// runs that same installer here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
if (!existsSync(join(electronDir, 'path.txt'))) {
  process.stdout.write('Downloading the Electron binary (first run only)…\n');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
