import lunr from 'lunr';
import type { ViewerSearchIndex } from '../../api/packFormat';
import { packIndexFields, type PackSearchDoc } from './packSearch';
import type { WorkControl } from './workControl';

const chunkSize = 50;

/**
 * Builds the serialisable lunr index of a pack's items. A thousand items take seconds: the work goes in chunks,
 * reporting the items indexed and yielding between chunks, so that a cancel is heard and the app stays responsive.
 */
export async function buildPackIndex(docs: readonly PackSearchDoc[], control: WorkControl = {}): Promise<ViewerSearchIndex> {
  const builder = new lunr.Builder();
  // The tokens are already analysed: lunr's own English stemmer and stop words would undo that.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  // The fields hold analysed tokens separated by single spaces, and no positions are kept (the metadata whitelist
  // is empty), so a plain split does, with one Token per distinct word: lunr's tokenizer would allocate a token
  // with its positions for each of a thousand items' million words, and the garbage collector would pay for it.
  const tokens = new Map<string, lunr.Token>();
  const token = (word: string): lunr.Token => {
    let found = tokens.get(word);
    if (!found) tokens.set(word, (found = new lunr.Token(word, {})));
    return found;
  };
  builder.tokenizer = Object.assign((text: unknown) => (typeof text === 'string' && text !== '' ? text.split(' ').map(token) : []), {
    separator: lunr.tokenizer.separator,
  });
  builder.ref('position');
  for (const [name, boost] of Object.entries(packIndexFields)) builder.field(name, { boost });
  for (let from = 0; from < docs.length; from += chunkSize) {
    control.signal?.throwIfAborted();
    for (const [offset, doc] of docs.slice(from, from + chunkSize).entries()) builder.add({ ...doc, position: String(from + offset) });
    control.onProgress?.(Math.min(from + chunkSize, docs.length), docs.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ids: docs.map((doc) => doc.id), index: builder.build().toJSON() };
}
