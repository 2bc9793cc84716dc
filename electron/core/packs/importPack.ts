import { fail, ok, type Result } from '../../api/errors';
import { packPaths } from '../../api/packFormat';
import type { ImportPreview } from '../../api/types';
import { editableVocabularies } from '../../api/vocabularyCodes';
import { BlobMismatch, removeNewBlobs, storeBlob, type StoredBlob } from '../attachments/attachmentStore';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
import { applyImport } from './applyImport';
import { planImport, type ImportPlan } from './planImport';
import { verifyPack, type VerifiedPack } from './verifyPack';
import type { WorkControl } from './workControl';

/** Checks a pack and tells what importing it would do, writing nothing. */
export async function previewImport(lib: Library, input: { path: string }, control: WorkControl = {}): Promise<Result<ImportPreview>> {
  return withVerifiedPack(input.path, control, async (pack) => {
    const plan = planImport(lib.read, pack);
    return officialTermProblem(plan) ?? ok(plan.preview);
  });
}

/**
 * Imports a pack: checked entirely first, then its new attachments stored (temporary file, fsync, rename), then
 * everything else in one transaction. A failure at any point takes back the attachments it stored, so the library
 * is as it was. A pack already imported writes nothing.
 */
export async function importPack(lib: Library, input: { path: string }, control: WorkControl = {}): Promise<Result<ImportPreview>> {
  const richText = await loadRichText();
  return withVerifiedPack(input.path, control, async (pack) => {
    const before = planImport(lib.read, pack);
    const problem = officialTermProblem(before);
    if (problem) return problem;
    if (!before.preview.hasChanges) return ok(before.preview);

    const stored: StoredBlob[] = [];
    try {
      const total = before.newAttachments.reduce((sum, file) => sum + file.size, 0);
      let done = 0;
      for (const attachment of before.newAttachments) {
        const entry = pack.zip.entries.get(packPaths.attachment(attachment.sha256));
        if (!entry) throw new Error(`verified pack lacks ${attachment.sha256}`);
        stored.push(await storeBlob(lib.dir, await pack.zip.open(entry), { expected: attachment, signal: control.signal }));
        done += attachment.size;
        control.onProgress?.(done, total);
      }
      const applied = lib.write((tx) => {
        // Planned again inside the transaction: another process may have written since the first look.
        const plan = planImport(tx, pack);
        applyImport(tx, pack, plan, { now: lib.now(), richText });
        return ok(plan.preview);
      });
      if (!applied.ok) await removeNewBlobs(lib.dir, stored);
      return applied;
    } catch (cause) {
      await removeNewBlobs(lib.dir, stored);
      if (control.signal?.aborted) return fail('pack.cancelled');
      // The zip changed on disk after it was checked.
      if (cause instanceof BlobMismatch) return fail('pack.checksum', { path: input.path });
      throw cause;
    }
  });
}

// The official lists (SDGs, countries, regions) come with Compendium: a pack may use their terms, never add to them.
function officialTermProblem(plan: ImportPlan): Result<never> | null {
  const unknown = plan.newTerms.find((term) => !editableVocabularies.includes(term.vocabulary));
  return unknown ? fail('pack.unknownTerm', { path: packPaths.vocabularies, term: unknown.id }) : null;
}

async function withVerifiedPack<T>(
  path: string,
  control: WorkControl,
  work: (pack: VerifiedPack) => Promise<Result<T>>,
): Promise<Result<T>> {
  let check;
  try {
    check = await verifyPack(path, control);
  } catch (cause) {
    if (control.signal?.aborted) return fail('pack.cancelled');
    throw cause;
  }
  if (!check.pack) {
    const first = check.problems[0];
    if (!first) throw new Error('a pack check found no problem yet returned no pack');
    return fail(first.code, first.params);
  }
  try {
    return await work(check.pack);
  } finally {
    check.pack.zip.close();
  }
}
