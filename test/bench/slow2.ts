import { openLibrary } from '../../electron/core/library/openLibrary';
import { searchItems } from '../../electron/core/search/searchItems';
const lib = openLibrary({ dir: process.argv[2] as string });
if (!lib.ok) throw new Error();
const q = process.argv[3] as string;
searchItems(lib.value, { text: q, limit: 20, offset: 0, language: 'en' });
const s = performance.now();
for (let i = 0; i < 20; i++) searchItems(lib.value, { text: q, limit: 20, offset: 0, language: 'en' });
console.log(q, ((performance.now() - s) / 20).toFixed(1), 'ms');
const db = lib.value.read;
for (const m of [process.argv[4] ?? '']) { if (!m) continue; const st = db.prepare('SELECT group_concat(rowid) FROM item_index WHERE item_index MATCH ?'); st.pluck().get(m); const t = performance.now(); for (let i = 0; i < 10; i++) st.pluck().get(m); console.log('group_concat', ((performance.now() - t) / 10).toFixed(1)); const c = db.prepare('SELECT count(*) FROM item_index WHERE item_index MATCH ?'); const t2 = performance.now(); for (let i = 0; i < 10; i++) c.pluck().get(m); console.log('count', ((performance.now() - t2) / 10).toFixed(1), c.pluck().get(m)); }
