// Bundles the CLI into out/cli with esbuild: one file for the argument parser, with the core in chunks loaded
// only when a command runs, so that `compendium --help` starts instantly.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const target = new URL('../../out/cli', import.meta.url).pathname;
// Build beside the current bundle, then swap: a `compendium` running meanwhile never finds it half written.
const outdir = `${target}.building-${process.pid}`;
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: [new URL('./index.ts', import.meta.url).pathname],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Bundling pure-JS dependencies too: one file loads far faster than zod's or tiptap's hundreds of modules.
  external: ['better-sqlite3', 'i18n-iso-countries'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (commander, sanitize-html) call require(), which ES modules lack.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { 'process.env.COMPENDIUM_VERSION': JSON.stringify(version) },
});

const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(outdir, target);
rmSync(previous, { recursive: true, force: true });
