/** Every failure a caller can act on. Each code is also the message key `error.<code>` in resources/locales. */
export const errorCodes = [
  'input.invalid',
  'input.required',
  'input.wrongType',
  'input.unknownField',
  'input.tooLong',
  'input.empty',
  'input.notAllowed',
  'input.badFormat',
  'input.dateAndPeriod',
  'input.periodReversed',
  'item.notFound',
  'item.alreadyExists',
  'item.inTrash',
  'item.notInTrash',
  'item.selfReference',
  'revision.notFound',
  'vocabulary.unknownTerm',
  'vocabulary.unknownSdg',
  'vocabulary.unknownCountry',
  'vocabulary.unknownRegion',
  'vocabulary.termNotFound',
  'vocabulary.readOnly',
  'vocabulary.mergeSameTerm',
  'vocabulary.mergeAcrossVocabularies',
  'vocabulary.labelTaken',
  'collection.notFound',
  'collection.nameTaken',
  'collection.itemAlreadyIn',
  'collection.positionOutOfRange',
  'collection.notAnItemEntry',
  'library.formatTooNew',
  'library.notALibrary',
  'library.notFound',
  'library.alreadyExists',
  'library.busy',
  'starter.notPresent',
  'file.notFound',
  'file.unreadable',
  'file.badJson',
  'input.tooSmall',
  'input.tooLarge',
  'item.linkNotFound',
  'vocabulary.mergeIntoRetired',
  'library.cannotOpen',
  'search.unknownField',
  'search.unknownValue',
  'search.badYear',
  'search.emptyFilter',
  'savedSearch.notFound',
  'savedSearch.nameTaken',
  'host.unavailable',
  'serve.unauthorized',
  'serve.forbidden',
  'serve.notFound',
  'serve.methodNotAllowed',
  'serve.tooLarge',
  'serve.unreachable',
  'attachment.notFound',
  'attachment.corrupt',
  'export.empty',
  'export.cancelled',
  'export.cannotWrite',
  'pack.notAZip',
  'pack.empty',
  'pack.unreadable',
  'pack.unsafePath',
  'pack.link',
  'pack.duplicateEntry',
  'pack.unexpectedEntry',
  'pack.tooManyEntries',
  'pack.tooLarge',
  'pack.entryTooLarge',
  'pack.compressionRatio',
  'pack.sizeMismatch',
  'pack.missingFile',
  'pack.unlistedFile',
  'pack.checksum',
  'pack.badJson',
  'pack.notAPack',
  'pack.formatTooNew',
  'pack.invalid',
  'pack.itemInvalid',
  'pack.revisionMismatch',
  'pack.unsafeContent',
  'pack.badSignature',
  'pack.unknownTerm',
  'pack.missingAttachment',
  'pack.cancelled',
  'conflict.notFound',
  'job.notFound',
  'library.reindexCancelled',
  'internal',
] as const;

/** A failure a caller can act on. */
export type ErrorCode = (typeof errorCodes)[number];

/** Values that fill a message's placeholders. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** A failure as data: a code and the values for its message, never finished prose. */
export interface AppError {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/** The outcome of every operation: a value or an AppError. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a success value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure; return it for anything a user or a file can cause. */
export function fail<T = never>(code: ErrorCode, params: ErrorParams = {}): Result<T> {
  return { ok: false, error: { code, params } };
}
