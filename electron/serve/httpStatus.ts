import type { ErrorCode } from '../api/errors';

const statusByArea: Readonly<Record<string, number>> = {
  input: 400,
  search: 400,
  serve: 400,
  host: 501,
  library: 503,
  file: 500,
  internal: 500,
};

const statusByCode: Partial<Record<ErrorCode, number>> = {
  'serve.unauthorized': 401,
  'serve.forbidden': 403,
  'serve.notFound': 404,
  'serve.methodNotAllowed': 405,
  'serve.tooLarge': 413,
  'item.notFound': 404,
  'revision.notFound': 404,
  'collection.notFound': 404,
  'savedSearch.notFound': 404,
  'vocabulary.termNotFound': 404,
};

/**
 * The one table from error codes to HTTP statuses. The body always carries the Result itself, so the client
 * reads the code from there; the status is for logs, proxies and curl users. Conflicts (a name taken, a term in
 * use) are 409, the default for codes that are neither a bad request nor something missing.
 */
export function httpStatus(code: ErrorCode): number {
  return statusByCode[code] ?? statusByArea[code.split('.')[0] ?? ''] ?? 409;
}
