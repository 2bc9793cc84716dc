import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { ItemId } from '../../api/ids';
import type { Result } from '../../api/errors';
import { attachFiles } from '../attachments/attachFiles';
import { addSection, addToCollection, setNote } from '../collections/editEntries';
import { createCollection } from '../collections/createCollection';
import { createItems } from '../items/createItems';
import type { Library } from '../library/library';

// Shared by the pack tests: a small library worth exporting, and a way to rewrite a pack entry by entry.

/** Unwraps a Result in a test, failing loudly with its code. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
}

/** Three items in French, Arabic and English, with terms, an organisation, an attached file and a collection. */
export async function workshopLibrary(lib: Library, dir: string): Promise<{ ids: ItemId[]; attachment: string }> {
  const ids = must(
    await createItems(lib, [
      {
        kind: 'practice',
        title: 'Budgétisation sensible au genre à Sfax',
        language: 'fr',
        summary: 'Les politiques municipales intègrent l’égalité.',
        body: '## Contexte\n\nLa commune a formé **40** agents.',
        themes: ['theme:gender-equality'],
        sdgs: ['5.c', '11'],
        countries: ['TN'],
        organisations: [{ name: 'Réseau des élues locales', role: 'lead', type: 'lga', country: 'TN' }],
        date: '2023-05',
      },
      {
        kind: 'policy',
        title: 'ميثاق المساواة في البلديات',
        language: 'ar',
        summary: 'التزام البلديات بالمساواة بين النساء والرجال.',
        countries: ['MA'],
        documentType: 'declaration',
      },
      { kind: 'toolkit', title: 'Gender audit checklist', language: 'en', audience: ['trainers'], format: 'checklist' },
    ]),
  );
  const attachment = join(dir, 'guide.pdf');
  writeFileSync(attachment, `%PDF-1.4\n% a small stand-in for a real guide\n${'x'.repeat(5000)}\n%%EOF\n`);
  must(await attachFiles(lib, { id: ids[0] as string, paths: [attachment] }));
  must(await createCollection(lib, { name: 'Atelier Sfax', description: 'Deux jours sur le **budget**.' }));
  must(addSection(lib, { ref: 'Atelier Sfax', heading: 'Jour 1' }));
  must(addToCollection(lib, { ref: 'Atelier Sfax', itemIds: [ids[1] as ItemId, ids[0] as ItemId] }));
  must(addSection(lib, { ref: 'Atelier Sfax', heading: 'Jour 2' }));
  must(addToCollection(lib, { ref: 'Atelier Sfax', itemIds: [ids[2] as ItemId] }));
  must(setNote(lib, { ref: 'Atelier Sfax', position: 2, note: 'Lire avant la séance' }));
  return { ids, attachment };
}

/** Every entry of a zip, in order, with its content. */
export async function readZip(path: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true });
  const entries: Array<{ name: string; bytes: Buffer }> = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as Readable) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}

/** Writes a zip of the given entries, as a pack made by hand (or by an attacker) would be. */
export async function writeEntries(path: string, entries: ReadonlyArray<{ name: string; bytes: Buffer; mode?: number }>): Promise<void> {
  const zip = new ZipFile();
  for (const entry of entries)
    zip.addBuffer(entry.bytes, entry.name, { mode: entry.mode ?? 0o100644, mtime: new Date('2026-01-01T00:00:00Z') });
  zip.end();
  await pipeline(zip.outputStream as Readable, createWriteStream(path));
}
