import { ok, type Result } from '../../api/errors';
import type { Publisher } from '../../api/types';
import type { Db } from '../db/handles';
import { readMeta, writeMeta, type Library } from '../library/library';

/** The publisher written into this library's packs; the name defaults to the library's author. */
export function readPublisher(db: Db, author: string): Publisher {
  return { name: readMeta(db, 'publisher_name') ?? author, organisation: readMeta(db, 'publisher_organisation') ?? '' };
}

/** Changes the publisher's name or organisation. */
export function updatePublisher(lib: Library, input: Partial<Publisher>): Result<Publisher> {
  return lib.write((tx) => {
    if (input.name !== undefined) writeMeta(tx, 'publisher_name', input.name);
    if (input.organisation !== undefined) writeMeta(tx, 'publisher_organisation', input.organisation);
    return ok(readPublisher(tx, lib.author));
  });
}
