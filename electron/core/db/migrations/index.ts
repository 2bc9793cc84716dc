import type Database from 'better-sqlite3';
import { migrate as m0001 } from './0001-library';
import { migrate as m0002 } from './0002-collections';
import { migrate as m0003 } from './0003-search';
import { migrate as m0004 } from './0004-count-indexes';
import { migrate as m0005 } from './0005-packs';

/** Every schema change in order; the library's `PRAGMA user_version` is how many have run. Never edit a shipped one. */
export const migrations: ReadonlyArray<(db: Database.Database) => void> = [m0001, m0002, m0003, m0004, m0005];
