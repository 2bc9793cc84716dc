import { openLibrary } from '../../electron/core/library/openLibrary';
import { searchItems } from '../../electron/core/search/searchItems';
import { queryMix } from './queries';
import { findResourcesDir } from '../../electron/core/library/resourcesDir';
const lib = openLibrary({ dir: process.argv[2] as string });
if (!lib.ok) throw new Error();
const qs = queryMix(findResourcesDir());
for (const q of qs) searchItems(lib.value, { text: q.text, limit: 20, offset: 0, language: 'en' });
const per: Array<[number, string, number]> = [];
for (const q of qs) { const s = performance.now(); const r = searchItems(lib.value, { text: q.text, limit: 20, offset: 0, language: 'en' }); per.push([performance.now() - s, q.text, r.ok ? r.value.total : -1]); }
per.sort((a, b) => b[0] - a[0]);
for (const [t, q, n] of per.slice(0, 10)) console.log(t.toFixed(1), n, q);
