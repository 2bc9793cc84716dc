import type { AppError } from '../../../../electron/api/errors';
import type { CollectionSummary } from '../../../../electron/api/types';

// SQLite's NOCASE, which the core compares names with, folds ASCII letters only.
const folded = (name: string) => name.trim().replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * The core's refusal of a name another collection has, said before asking it: a refused request is not needed to
 * tell the user, and the core still checks (another window may have taken the name meanwhile).
 */
export function nameTakenError(
  collections: readonly CollectionSummary[] | undefined,
  { name, exceptId }: { name: string; exceptId?: string },
): AppError | undefined {
  const isTaken = collections?.some((collection) => collection.id !== exceptId && folded(collection.name) === folded(name));
  return isTaken ? { code: 'collection.nameTaken', params: { name: name.trim() } } : undefined;
}
