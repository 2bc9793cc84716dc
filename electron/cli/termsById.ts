import type { Term } from '../api/types';
import { vocabularies } from '../api/vocabularyCodes';
import type { Session } from './session';

/** Every term by id, retired ones included, so that output shows labels rather than ids. */
export async function termsById(session: Session): Promise<Map<string, Term>> {
  const lists = await Promise.all(
    vocabularies.map((vocabulary) => session.call('vocabularies.list', { vocabulary, includeRetired: true })),
  );
  return new Map(lists.flat().map((term) => [term.id, term]));
}
