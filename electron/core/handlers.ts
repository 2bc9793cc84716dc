import { ok } from '../api/errors';
import { attachFiles, detachFile } from './attachments/attachFiles';
import { createJobs } from './jobs/jobs';
import { runJob } from './jobs/runJob';
import { listConflicts, resolveConflict } from './packs/conflicts';
import { exportPack } from './packs/exportPack';
import { importPack, previewImport } from './packs/importPack';
import { readPublisher, updatePublisher } from './packs/publisher';
import { verifyPack } from './packs/verifyPack';
import type { CoreHandlers } from './dispatch';
import type { Library } from './library/library';
import { createCollection, deleteCollection, updateCollection } from './collections/createCollection';
import { addSection, addToCollection, moveEntry, removeEntry, setNote } from './collections/editEntries';
import { getCollection, listCollections } from './collections/getCollection';
import { createItems } from './items/createItems';
import { getItem } from './items/getItem';
import { getRevision, listRevisions, restoreRevision } from './items/history';
import { listItems } from './items/listItems';
import { listTags } from './items/listTags';
import { deleteItem, emptyTrash, listTrash, restoreItem } from './items/trash';
import { updateItem } from './items/updateItem';
import { removeStarter } from './starter/removeStarter';
import { createSavedSearch, deleteSavedSearch, findSavedSearch, listSavedSearches, updateSavedSearch } from './search/savedSearches';
import { searchItems } from './search/searchItems';
import { getStats } from './stats/getStats';
import { addTerm } from './vocabularies/addTerm';
import { renameTerm, retireTerm } from './vocabularies/editTerms';
import { listTerms } from './vocabularies/listTerms';
import { mergeTerms } from './vocabularies/mergeTerms';

/** Every operation of the contract, bound to one open library. */
export function createHandlers(lib: Library): CoreHandlers {
  const jobs = createJobs(lib.now);
  return {
    'library.stats': () => getStats(lib.read),
    'items.create': async (input) => {
      const created = await createItems(lib, [input]);
      return created.ok ? ok(created.value[0] as (typeof created.value)[number]) : created;
    },
    'items.createMany': (input) => createItems(lib, input.items),
    'items.get': (input) => getItem(lib.read, input),
    'items.list': (input) => listItems(lib.read, input),
    'items.update': (input) => updateItem(lib, input),
    'items.delete': (input) => deleteItem(lib, input),
    'items.history': (input) => listRevisions(lib.read, input),
    'items.revision': (input) => getRevision(lib.read, input),
    'items.restoreRevision': (input) => restoreRevision(lib, input),
    'trash.list': () => listTrash(lib.read),
    'trash.restore': (input) => restoreItem(lib, input),
    'trash.empty': () => emptyTrash(lib),
    'collections.list': () => listCollections(lib.read),
    'collections.get': (input) => getCollection(lib.read, input),
    'collections.create': (input) => createCollection(lib, input),
    'collections.update': (input) => updateCollection(lib, input),
    'collections.delete': (input) => deleteCollection(lib, input),
    'collections.addItems': (input) => addToCollection(lib, input),
    'collections.addSection': (input) => addSection(lib, input),
    'collections.moveEntry': (input) => moveEntry(lib, input),
    'collections.setNote': (input) => setNote(lib, input),
    'collections.removeEntry': (input) => removeEntry(lib, input),
    'vocabularies.list': (input) => listTerms(lib.read, input),
    'vocabularies.add': (input) => lib.write((tx) => addTerm(tx, input, lib.now())),
    'vocabularies.rename': (input) => renameTerm(lib, input),
    'vocabularies.merge': (input) => mergeTerms(lib, input),
    'vocabularies.retire': (input) => retireTerm(lib, input),
    'starter.remove': () => removeStarter(lib),
    'search.query': (input) => searchItems(lib, input),
    'tags.list': (input) => listTags(lib.read, input),
    'savedSearches.list': () => listSavedSearches(lib.read),
    'savedSearches.create': (input) => createSavedSearch(lib, input),
    'savedSearches.update': (input) => updateSavedSearch(lib, input),
    'savedSearches.delete': (input) => deleteSavedSearch(lib, input),
    'savedSearches.run': (input) => {
      const saved = findSavedSearch(lib.read, input.ref);
      return saved.ok ? searchItems(lib, { ...input, text: saved.value.query, sort: saved.value.sort ?? undefined }) : saved;
    },
    'attachments.add': (input) => attachFiles(lib, input),
    'attachments.remove': (input) => detachFile(lib, input),
    'packs.export': (input) => exportPack(lib, input),
    'packs.verify': async (input) => {
      const check = await verifyPack(input.path);
      check.pack?.zip.close();
      return ok({ problems: [...check.problems] });
    },
    'packs.preview': (input) => previewImport(lib, input),
    'packs.import': (input) => importPack(lib, input),
    'conflicts.list': () => listConflicts(lib.read),
    'conflicts.resolve': (input) => resolveConflict(lib, input),
    'publisher.get': () => ok(readPublisher(lib.read, lib.author)),
    'publisher.update': (input) => updatePublisher(lib, input),
    'jobs.start': (input) => ok(jobs.start(input.operation, (control) => runJob(lib, input, control))),
    'jobs.get': (input) => jobs.get(input.id),
    'jobs.cancel': (input) => jobs.cancel(input.id),
  };
}
