import { asTermId } from '../../api/ids';
import type { ItemContent } from '../../api/types';
import type { Db } from '../db/handles';
import { followMerges, readTermRow } from './termRow';

/** Content whose themes and organisations point at the terms they were merged into, if any were merged. */
export function followMergedTerms(db: Db, content: ItemContent): ItemContent {
  const current = (id: string) => {
    const row = readTermRow(db, id);
    return asTermId(row ? followMerges(db, row).id : id);
  };
  return {
    ...content,
    themes: content.themes?.map(current),
    organisations: content.organisations?.map((organisation) => ({ ...organisation, id: current(organisation.id) })),
  };
}
