import type { AppError } from '../../api/errors';
import { sha256Pattern, uuidPattern } from '../../api/ids';

/** Where an entry belongs in a pack: the viewer (never imported), the pack's data, or a folder entry some zip tools add. */
export type EntryRole = 'viewer' | 'data' | 'folder';

const folders = new Set(['viewer/', 'pack/', 'pack/items/', 'pack/attachments/']);
const dataFiles = new Set(['pack/manifest.json', 'pack/signature', 'pack/vocabularies.json', 'pack/collection.json']);

/**
 * Checks an entry's name against the pack layout (PRODUCT.md): no absolute or drive paths, no backslashes, no
 * `..` or empty segments, nothing outside the layout. Returns the entry's role, or the problem.
 */
export function checkEntryName(name: string): { role: EntryRole } | AppError {
  const unsafe: AppError = { code: 'pack.unsafePath', params: { path: name } };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses in a file name
  if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || /[\u0000-\u001f]/.test(name)) return unsafe;
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return unsafe;
  if (folders.has(name)) return { role: 'folder' };
  if (name === 'index.html' || /^viewer\/[\w.-]+\.(js|css)$/.test(name)) return { role: 'viewer' };
  if (dataFiles.has(name)) return { role: 'data' };
  const [, folder, file] = /^pack\/(items|attachments)\/([^/]+)$/.exec(name) ?? [];
  if (folder === 'items' && file?.endsWith('.json') && uuidPattern.test(file.slice(0, -5))) return { role: 'data' };
  if (folder === 'attachments' && file !== undefined && sha256Pattern.test(file)) return { role: 'data' };
  return { code: 'pack.unexpectedEntry', params: { path: name } };
}
