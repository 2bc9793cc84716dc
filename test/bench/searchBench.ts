// `npm run bench`: Compendium's search against lunr and a plain SQLite LIKE scan on the same generated corpus and
// query mix, at several sizes. Each engine runs in its own process, so that its peak memory is its own.
//   npm run bench -- --sizes 1000,10000 --engines compendium,like
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createItems } from '../../electron/core/items/createItems';
import { createLibrary, openLibrary } from '../../electron/core/library/openLibrary';
import { libraryPaths } from '../../electron/core/library/libraryPaths';
import { findResourcesDir } from '../../electron/core/library/resourcesDir';
import { reindexLibrary } from '../../electron/core/search/rebuildIndex';
import { generateItems } from './corpus';
import { compendiumEngine, likeEngine, lunrEngine, type Engine } from './engines';
import { queryMix } from './queries';

const corpusVersion = 'corpus-1';
const cacheRoot = join(import.meta.dirname, '../../node_modules/.cache/compendium-bench');
const resourcesDir = findResourcesDir();
const rounds = 5;

interface Measurement {
  engine: string;
  size: number;
  buildMs: number;
  indexBytes: number;
  peakRssMb: number;
  coldMs: number;
  p50: number;
  p95: number;
  p99: number;
  /** Matches summed over the query mix: engines that find less also do less work. */
  matches: number;
  error?: string;
}

const args = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2) args.set(process.argv[index] ?? '', process.argv[index + 1] ?? '');

if (args.get('--child') === 'build') buildCorpus(Number(args.get('--size')));
else if (args.get('--child') === 'measure') measure(args.get('--engine') ?? '', Number(args.get('--size')));
else orchestrate();

function libraryDir(size: number): string {
  return join(cacheRoot, `${corpusVersion}-${size}`);
}

/** Makes the corpus library of one size (kept for later runs), timing the insertion and a full re-index. */
async function buildCorpus(size: number): Promise<void> {
  const dir = `${libraryDir(size)}.building`;
  rmSync(dir, { recursive: true, force: true });
  const created = createLibrary({ dir, author: 'bench', resourcesDir });
  if (!created.ok) throw new Error(created.error.code);
  const lib = created.value;
  const started = performance.now();
  for (let from = 0; from < size; from += 1000) {
    const batch = [...generateItems({ resourcesDir, from, to: Math.min(size, from + 1000) })];
    const written = await createItems(lib, batch);
    if (!written.ok) throw new Error(`${written.error.code} ${JSON.stringify(written.error.params)}`);
    process.stderr.write(`\r  building ${size}: ${Math.min(size, from + 1000)} items`);
  }
  const insertMs = performance.now() - started;
  const reindexStarted = performance.now();
  const reindexed = reindexLibrary(lib);
  if (!reindexed.ok) throw new Error(reindexed.error.code);
  const reindexMs = performance.now() - reindexStarted;
  lib.read.pragma('wal_checkpoint(TRUNCATE)');
  lib.close();
  process.stderr.write('\n');
  writeFileSync(join(dir, 'bench.json'), JSON.stringify({ insertMs, reindexMs }));
  rmSync(libraryDir(size), { recursive: true, force: true });
  renameSync(dir, libraryDir(size));
}

function measure(engineName: string, size: number): void {
  const dir = libraryDir(size);
  const opened = openLibrary({ dir, resourcesDir });
  if (!opened.ok) throw new Error(opened.error.code);
  const lib = opened.value;
  const built = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as { reindexMs: number };
  const started = performance.now();
  const engines: Record<string, () => Engine> = {
    compendium: () => compendiumEngine(lib, statSync(libraryPaths(dir).database).size),
    lunr: () => lunrEngine(lib),
    like: () => likeEngine(lib),
  };
  const engine = engines[engineName]?.();
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  const buildMs = engineName === 'compendium' ? built.reindexMs : performance.now() - started;
  const queries = queryMix(resourcesDir);
  // Cold: the first query after opening, which pays for whatever the engine loads lazily.
  const coldStarted = performance.now();
  engine.search(queries[0]?.text ?? '');
  const coldMs = performance.now() - coldStarted;
  let matches = 0;
  const warmUpStarted = performance.now();
  for (const query of queries) matches += engine.search(query.text);
  // A slow engine (a LIKE scan of 100,000 bodies) gets fewer rounds, so that the benchmark ends in minutes.
  const roundCount = Math.max(1, Math.min(rounds, Math.ceil(20_000 / (performance.now() - warmUpStarted))));
  const times: number[] = [];
  for (let round = 0; round < roundCount; round += 1) {
    for (const query of queries) {
      const queryStarted = performance.now();
      engine.search(query.text);
      times.push(performance.now() - queryStarted);
    }
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0;
  const result: Measurement = {
    engine: engineName,
    size,
    buildMs,
    indexBytes: engine.indexBytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    coldMs,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    matches,
  };
  lib.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(childArgs: string[], options: { heapMb?: number } = {}): { ok: boolean; stdout: string; stderr: string } {
  const heap = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
  const result = spawnSync(process.execPath, [...heap, ...process.execArgv, import.meta.filename, ...childArgs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60 * 60 * 1000,
  });
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.error ? String(result.error) : `exit ${result.status}` };
}

function orchestrate(): void {
  const sizes = (args.get('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  const engines = (args.get('--engines') ?? 'compendium,lunr,like').split(',');
  mkdirSync(cacheRoot, { recursive: true });
  const results: Measurement[] = [];
  for (const size of sizes) {
    if (!existsSync(join(libraryDir(size), 'bench.json'))) {
      process.stderr.write(`Generating the ${size}-item corpus (kept in ${cacheRoot} for later runs)…\n`);
      if (!runChild(['--child', 'build', '--size', String(size)]).ok) throw new Error(`building the ${size}-item corpus failed`);
    }
    for (const engine of engines) {
      process.stderr.write(`  measuring ${engine} at ${size}…\n`);
      const run = runChild(['--child', 'measure', '--engine', engine, '--size', String(size)], { heapMb: 20_000 });
      const line = run.stdout.trim().split('\n').at(-1) ?? '';
      results.push(run.ok && line ? (JSON.parse(line) as Measurement) : ({ engine, size, error: run.stderr } as Measurement));
    }
  }
  printTable(results, sizes);
}

function printTable(results: Measurement[], sizes: number[]): void {
  const built = Object.fromEntries(
    sizes.map((size) => [
      size,
      JSON.parse(readFileSync(join(libraryDir(size), 'bench.json'), 'utf8')) as { insertMs: number; reindexMs: number },
    ]),
  );
  const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
  const header = [
    'items',
    'engine',
    'index build (s)',
    'index size (MB)',
    'peak RSS (MB)',
    'first query (ms)',
    'p50 (ms)',
    'p95 (ms)',
    'p99 (ms)',
    'p95 vs Compendium',
    'matches (mix)',
  ];
  const rows = results.map((result) => {
    if (result.error) return [String(result.size), result.engine, `failed: ${result.error}`, '', '', '', '', '', '', '', ''];
    const own = results.find((other) => other.size === result.size && other.engine === 'compendium' && !other.error);
    return [
      result.size.toLocaleString('en'),
      result.engine,
      (result.buildMs / 1000).toFixed(1),
      result.indexBytes ? (result.indexBytes / 1024 / 1024).toFixed(1) : '—',
      result.peakRssMb.toFixed(0),
      ms(result.coldMs),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      own ? `${(result.p95 / own.p95).toFixed(1)}×` : '',
      result.matches.toLocaleString('en'),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const queries = queryMix(resourcesDir).length;
  process.stdout.write(
    [
      `Search benchmark — ${queries} queries × up to ${rounds} rounds (warm; fewer for engines slower than 20 s a round) after one warm-up round; Compendium's times include facets over all matches and snippets for the first 20.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}.`,
      `Corpus insertion through the core (validation, rich text, revisions, index): ${sizes.map((size) => `${size.toLocaleString('en')} items ${((built[size]?.insertMs ?? 0) / 1000).toFixed(1)} s`).join(', ')}.`,
      '',
      line(header),
      line(widths.map((width) => '-'.repeat(width))),
      ...rows.map(line),
      '',
    ].join('\n'),
  );
}
