import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../api/errors';
import type { UiLanguage } from '../../api/vocabularyCodes';
import { rewriteEntries } from '../collections/entries';
import { insertCollection } from '../collections/createCollection';
import { validateItems, writeItems } from '../items/createItems';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';

type Localised = Readonly<Record<UiLanguage, string>>;

interface StarterCollection {
  id: string;
  name: Localised;
  description: Localised;
  entries: Array<{ section: Localised } | { item: string; note?: Localised }>;
}

/**
 * Adds the starter pack (resources/starter: example items of every kind and a workshop collection) in one
 * transaction. The collection's name, headings and notes are written in `language`.
 */
export async function installStarter(lib: Library, language: UiLanguage): Promise<Result<{ items: number }>> {
  const dir = join(lib.resourcesDir, 'starter');
  const items = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as unknown[];
  const collection = JSON.parse(readFileSync(join(dir, 'collection.json'), 'utf8')) as StarterCollection;
  const validated = validateItems(lib.read, items);
  // The starter files ship with the app and are checked by its tests: an error here is a bug, not a user's input.
  if (!validated.ok) throw new Error(`starter pack invalid: ${JSON.stringify(validated.error)}`);
  const now = lib.now();
  const richText = await loadRichText();
  return lib.write((tx) => {
    const before = new Set(tx.prepare("SELECT id FROM terms WHERE vocabulary = 'organisations'").pluck().all() as string[]);
    const written = writeItems(tx, validated.value, {
      author: 'Compendium',
      now,
      provenance: { origin: 'starter', libraryId: lib.id },
      richText,
    });
    if (!written.ok) return fail(written.error.code, written.error.params);
    const added = (tx.prepare("SELECT id FROM terms WHERE vocabulary = 'organisations'").pluck().all() as string[]).filter(
      (id) => !before.has(id),
    );
    const markStarter = tx.prepare('UPDATE terms SET is_starter = 1 WHERE id = ?');
    for (const id of added) markStarter.run(id);

    insertCollection(tx, {
      id: collection.id,
      name: collection.name[language],
      description: richText.parseRichText(collection.description[language]),
      isStarter: true,
      now,
      richText,
    });
    rewriteEntries(
      tx,
      collection.id,
      collection.entries.map((entry) =>
        'section' in entry
          ? { item_id: null, heading: entry.section[language], note: '' }
          : { item_id: entry.item, heading: null, note: entry.note?.[language] ?? '' },
      ),
    );
    return ok({ items: written.value.length });
  });
}
