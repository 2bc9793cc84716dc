import type { z } from 'zod';
import { fail, type Result } from './errors';

/** `organisations[0].role` from `['organisations', 0, 'role']`: how messages name a field. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

// Language-neutral descriptions of the formats our refinements and string checks enforce.
const formatHints: Readonly<Record<string, string>> = {
  uuid: 'UUID',
  partialDate: 'YYYY | YYYY-MM | YYYY-MM-DD',
  iso639: 'ISO 639-1',
  iso3166: 'ISO 3166-1 alpha-2',
  url: 'http(s)://…',
  sha256: '6–64 hex digits',
};

/** The first problem zod found, as an error code naming the field. `raw` is the value that was checked. */
export function validationError<T>(error: z.ZodError, raw: unknown): Result<T> {
  const issue = error.issues[0];
  if (!issue) return fail('input.invalid', { field: '' });
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return fail('input.unknownField', { field: fieldName([...issue.path, issue.keys[0] ?? '']) });
    case 'invalid_type':
      if (valueAt(raw, issue.path) === undefined) return fail('input.required', { field });
      return fail('input.wrongType', { field, expected: issue.expected });
    case 'too_big':
      if (issue.origin === 'number') return fail('input.tooLarge', { field, max: Number(issue.maximum) });
      return fail('input.tooLong', { field, max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'number') return fail('input.tooSmall', { field, min: Number(issue.minimum) });
      return fail('input.empty', { field });
    case 'invalid_value':
      return fail('input.notAllowed', { field, allowed: issue.values.map(String).join(', ') });
    case 'invalid_union': {
      if (valueAt(raw, issue.path) === undefined) return fail('input.required', { field });
      // A discriminated union names its allowed values; a plain union (body: Markdown or JSON) does not.
      const options = (issue as { options?: unknown[] }).options;
      if (options) return fail('input.notAllowed', { field, allowed: options.map(String).join(', ') });
      return fail('input.wrongType', { field, expected: 'string | object' });
    }
    case 'invalid_format':
      return fail('input.badFormat', { field, format: formatHints[issue.format] ?? formatHints[issue.message] ?? issue.format });
    case 'custom':
      return fail('input.badFormat', { field, format: formatHints[issue.message] ?? issue.message });
    default:
      return fail('input.invalid', { field });
  }
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = raw;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
