import type Database from 'better-sqlite3';

declare const access: unique symbol;

/** A connection opened read-only: it cannot write even by mistake. */
export type ReadDb = Database.Database & { readonly [access]: 'read' };
/** The write connection, handed out only inside `lib.write`, so every write runs in a transaction. */
export type WriteTx = Database.Database & { readonly [access]: 'write' };
/** Either handle: for functions that only read, and may run inside a write. */
export type Db = ReadDb | WriteTx;
