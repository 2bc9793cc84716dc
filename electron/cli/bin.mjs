#!/usr/bin/env node
// The CLI runs from its bundle, made by `npm install` (prepare) and `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../../out/cli/index.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('compendium: the command-line tool is not built yet; run `npm install` or `npm run build` first.\n');
  process.exit(1);
}
await import(bundle.href);
