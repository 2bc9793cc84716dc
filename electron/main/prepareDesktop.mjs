// Runs before `npm run dev`: makes what the desktop app needs and `npm install` deliberately does not.
//
// 1. Electron's binary. package.json's allowScripts keeps npm from running electron's download script at install
//    time (CI and build machines cannot reach its server), so the first `npm run dev` runs that installer here.
// 2. better-sqlite3 built for Electron. `npm install` builds it for Node, which the tests and the CLI use; Electron
//    has another ABI. The Electron build goes beside it, in node_modules/.cache/better-sqlite3-electron/, and the
//    app loads it through better-sqlite3's `nativeBinding` option (electron/main/electronSqliteBinding.ts), so
//    neither build ever replaces the other.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../..');

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;
}

const electronDir = dirname(require.resolve('electron/package.json'));
if (!existsSync(join(electronDir, 'path.txt'))) {
  process.stdout.write('Downloading the Electron binary (first run only)…\n');
  if (!run(process.execPath, [join(electronDir, 'install.js')])) process.exit(1);
}

const electronVersion = require('electron/package.json').version;
// Keep in step with electron/main/electronSqliteBinding.ts.
const target = join(root, 'node_modules', '.cache', 'better-sqlite3-electron', `${electronVersion}-${process.platform}-${process.arch}`);
if (!existsSync(join(target, 'build', 'Release', 'better_sqlite3.node'))) {
  process.stdout.write(`Building the SQLite module for Electron ${electronVersion} (first run only)…\n`);
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(target, { recursive: true, force: true });
  cpSync(sqliteDir, target, {
    recursive: true,
    filter: (path) => !path.startsWith(join(sqliteDir, 'build') + sep) && path !== join(sqliteDir, 'build'),
  });
  const electronTarget = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
  // A prebuilt binary when one is published for this Electron, else a compile against Electron's headers.
  const prebuildInstall = createRequire(join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
  const nodeGyp =
    process.env.npm_config_node_gyp ??
    join(dirname(process.env.npm_execpath ?? ''), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const isBuilt =
    run(process.execPath, [prebuildInstall, ...electronTarget], target) ||
    run(process.execPath, [nodeGyp, 'rebuild', '--release', ...electronTarget, '--dist-url=https://electronjs.org/headers'], target);
  if (!isBuilt) {
    rmSync(target, { recursive: true, force: true });
    process.stderr.write(
      'Could not build the SQLite module for Electron: see the messages above (a C++ toolchain is needed without a prebuilt binary).\n',
    );
    process.exit(1);
  }
}
