import { z } from 'zod';
import type { AppError } from '../../../../electron/api/errors';
import { itemInput, type ItemInput } from '../../../../electron/api/itemInput';
import { validationError } from '../../../../electron/api/validationError';
import { cleanDraft, type Draft } from './draft';

/** Problems by field (`title`, `period`, `organisations`), each as the message code the core would give. */
export type FieldErrors = Readonly<Record<string, AppError>>;

/** The form field an error names: `organisations` for `organisations[1].role`, `period` for `period.from`. */
export function fieldOfError(error: AppError): string {
  const field = error.params.field;
  return typeof field === 'string' ? (/^[A-Za-z]+/.exec(field)?.[0] ?? '') : '';
}

/** Checks an input with the contract's own schema, keeping one problem per field (zod reports them all). */
function validate(raw: Record<string, unknown>): { value?: ItemInput; errors: FieldErrors } {
  const parsed = itemInput.safeParse(raw);
  if (parsed.success) return { value: parsed.data, errors: {} };
  const errors: Record<string, AppError> = {};
  for (const issue of parsed.error.issues) {
    // validationError reads the first issue only: give it each one in turn.
    const result = validationError(new z.ZodError([issue]), raw);
    if (result.ok) continue;
    const field = fieldOfError(result.error) || String(issue.path[0] ?? '');
    errors[field] ??= result.error;
  }
  return { errors };
}

/** The problems of a draft as the cataloguer typed it. */
export function draftErrors(draft: Draft): FieldErrors {
  return validate(cleanDraft(draft)).errors;
}

/**
 * What can be saved now: the draft with each invalid field held at its saved value, so that one bad date does
 * not keep the rest of the work from being saved. No input when even that is invalid (a new item with no title).
 */
export function savableInput(draft: Draft, saved: Readonly<Record<string, unknown>>): { input?: ItemInput; errors: FieldErrors } {
  const raw = cleanDraft(draft);
  const asTyped = validate(raw);
  if (asTyped.value) return { input: asTyped.value, errors: {} };
  const candidate = { ...raw };
  for (const field of Object.keys(asTyped.errors)) {
    if (field in saved) candidate[field] = saved[field];
    else delete candidate[field];
  }
  const held = validate(candidate);
  return { input: held.value, errors: { ...held.errors, ...asTyped.errors } };
}
