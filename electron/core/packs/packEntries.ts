import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import type { z } from 'zod';
import type { AppError } from '../../api/errors';
import { validationError } from '../../api/validationError';
import type { PackZip } from './openPackZip';

// Reading a pack's entries for its check: each failure becomes a problem naming the file, never a throw.

/** A JSON file's value, or undefined (and a problem) when it is not UTF-8 JSON. */
export function parseJsonText(path: string, bytes: Buffer, problems: AppError[]): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    problems.push({ code: 'pack.badJson', params: { path } });
    return undefined;
  }
}

/** A JSON file checked against its schema, or null (and a problem naming the first field that is wrong). */
export function parseJson<S extends z.ZodType>(
  path: string,
  bytes: Buffer,
  schema: S,
  problems: AppError[],
  raw?: unknown,
): z.output<S> | null {
  const value = raw ?? parseJsonText(path, bytes, problems);
  if (value === undefined) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const failure = validationError(parsed.error, value);
  problems.push({ code: 'pack.invalid', params: { path, field: failure.ok ? '' : String(failure.error.params.field ?? '') } });
  return null;
}

/** An entry's bytes, or null (and a problem) when it does not hold what its header declares. */
export async function readEntry(zip: PackZip, path: string, problems: AppError[]): Promise<Buffer | null> {
  const entry = zip.entries.get(path);
  try {
    if (!entry) throw new Error(`no entry ${path}`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.open(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch {
    problems.push({ code: 'pack.sizeMismatch', params: { path } });
    return null;
  }
}

/** The SHA-256 of an entry's content; throws when the entry does not hold what its header declares. */
export async function hashEntry(zip: PackZip, entry: yauzl.Entry): Promise<string> {
  const hash = createHash('sha256');
  const stream: Readable = await zip.open(entry);
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
