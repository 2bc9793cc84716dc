// The pack part of `npm run bench`: export and import of a 1,000-item pack with attachments, each the median of
// several runs, beside two plain peers on the same items: a zip of their JSON alone (what a pack adds: history,
// viewer, search index, checksums) and inserting them with no pack at all (what checking and merging add).
//   npm run bench -- --pack-items 1000 --pack-attachments 20
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createItems } from '../../electron/core/items/createItems';
import { attachFiles } from '../../electron/core/attachments/attachFiles';
import { addToCollection } from '../../electron/core/collections/editEntries';
import { createCollection } from '../../electron/core/collections/createCollection';
import type { Library } from '../../electron/core/library/library';
import { createLibrary } from '../../electron/core/library/openLibrary';
import { findResourcesDir } from '../../electron/core/library/resourcesDir';
import { exportPack } from '../../electron/core/packs/exportPack';
import { importPack } from '../../electron/core/packs/importPack';
import { verifyPack } from '../../electron/core/packs/verifyPack';
import { writeZip } from '../../electron/core/packs/writeZip';
import type { ItemId } from '../../electron/api/ids';
import { generateItems } from './corpus';

const args = new Map<string, string>();
for (let index = 2; index < process.argv.length; index += 2) args.set(process.argv[index] ?? '', process.argv[index + 1] ?? '');
const itemCount = Number(args.get('--pack-items') ?? 1000);
const attachmentCount = Number(args.get('--pack-attachments') ?? 20);
const rounds = 5;
const resourcesDir = findResourcesDir();
const home = mkdtempSync(join(tmpdir(), 'compendium-pack-bench-'));

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function library(name: string): Library {
  return must(createLibrary({ dir: join(home, name), author: 'bench', resourcesDir }));
}

async function median(run: (round: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await run(round);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
}

try {
  process.stderr.write(`Pack bench: ${itemCount} items, ${attachmentCount} attachments of 1 MB, median of ${rounds} runs…\n`);
  const source = library('source');
  const items = [...generateItems({ resourcesDir, from: 0, to: itemCount })];
  const ids = must(await createItems(source, items));
  for (let index = 0; index < attachmentCount; index += 1) {
    const file = join(home, `document-${index}.pdf`);
    // Random bytes: attachments are mostly compressed already (PDF streams, DOCX), so the zip stores them as they are.
    writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1024 * 1024)]));
    must(await attachFiles(source, { id: ids[index] as string, paths: [file] }));
  }
  must(await createCollection(source, { name: 'Bench' }));
  for (let from = 0; from < ids.length; from += 1000)
    must(addToCollection(source, { ref: 'Bench', itemIds: ids.slice(from, from + 1000) as ItemId[] }));

  const pack = join(home, 'pack.zip');
  const exportMs = await median(() =>
    exportPack(source, { selection: { collection: 'Bench' }, out: pack, language: 'en', sign: true }).then(must),
  );
  const plainZip = join(home, 'plain.zip');
  const plainZipMs = await median(() =>
    writeZip(
      plainZip,
      ids.map((id) => {
        const bytes = Buffer.from(source.read.prepare('SELECT content FROM items WHERE id = ?').pluck().get(id) as string);
        return { path: `${id}.json`, size: bytes.length, compress: true, open: () => Readable.from([bytes]) };
      }),
      { mtime: new Date() },
    ),
  );
  const verifyMs = await median(async () => (await verifyPack(pack)).pack?.zip.close());
  const importMs = await median((round) => importPack(library(`import-${round}`), { path: pack }).then(must));
  const target = library('again');
  must(await importPack(target, { path: pack }));
  const reimportMs = await median(() => importPack(target, { path: pack }).then(must));
  const insertMs = await median(async (round) => must(await createItems(library(`insert-${round}`), items)));

  const rows: Array<[string, number, string, string]> = [
    ['export (signed, with viewer and lunr index)', exportMs, 'zip of the items’ JSON only', (exportMs / plainZipMs).toFixed(1)],
    ['verify only', verifyMs, '', ''],
    ['import into an empty library', importMs, 'insert the same items, no pack', (importMs / insertMs).toFixed(1)],
    ['import again (nothing changes)', reimportMs, '', ''],
  ];
  const size = statSync(pack).size;
  process.stdout.write(
    [
      '',
      `Packs: ${itemCount} items, ${attachmentCount} attachments, zip ${(size / 1024 ** 2).toFixed(1)} MB, medians of ${rounds} runs`,
      '',
      '| operation | median (ms) | peer | peer (ms) | × peer |',
      '|---|---:|---|---:|---:|',
      ...rows.map(([name, value, peer, ratio]) => {
        const peerMs = peer === '' ? '' : (peer.startsWith('zip') ? plainZipMs : insertMs).toFixed(0);
        return `| ${name} | ${value.toFixed(0)} | ${peer} | ${peerMs} | ${ratio} |`;
      }),
      '',
    ].join('\n'),
  );
} finally {
  rmSync(home, { recursive: true, force: true });
}
