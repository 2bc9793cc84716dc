import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { UiLanguage } from '../../electron/api/vocabularyCodes';
import { createLibrary } from '../../electron/core/library/openLibrary';
import { exportPack } from '../../electron/core/packs/exportPack';
import { must, readZip, workshopLibrary } from '../../electron/core/packs/packTestKit';

/** A pack exported by the real core and extracted, as a reader would, into a temporary folder. */
export interface ExportedPack {
  /** The extracted pack, holding index.html, viewer/ and pack/. */
  readonly dir: string;
  /** The SHA-256 of the PDF attached to the French item, which names its copy in the pack. */
  readonly attachmentSha256: string;
  /** A copy of the extracted pack, for a test that breaks it. */
  copy(name: string): string;
  remove(): void;
}

/**
 * The workshop library (packTestKit.ts: French, Arabic and English items, the collection "Atelier Sfax" with two
 * sections and a note, a PDF) exported as that collection's pack, the viewer opening in `language`.
 */
export async function exportedPack(language: UiLanguage): Promise<ExportedPack> {
  const home = mkdtempSync(join(tmpdir(), 'compendium-pack-e2e-'));
  try {
    const lib = must(createLibrary({ dir: join(home, 'library'), author: 'tester' }));
    const zip = join(home, 'atelier.zip');
    try {
      const { attachment } = await workshopLibrary(lib, home);
      must(await exportPack(lib, { selection: { collection: 'Atelier Sfax' }, out: zip, language, sign: false }));
      const dir = join(home, 'atelier');
      await extract(zip, dir);
      return {
        dir,
        attachmentSha256: createHash('sha256').update(readFileSync(attachment)).digest('hex'),
        copy: (name) => {
          const copy = join(home, name);
          cpSync(dir, copy, { recursive: true });
          return copy;
        },
        remove: () => rmSync(home, { recursive: true, force: true }),
      };
    } finally {
      lib.close();
    }
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

async function extract(zip: string, dir: string): Promise<void> {
  for (const { name, bytes } of await readZip(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
}
