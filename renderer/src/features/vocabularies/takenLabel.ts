import type { AppError } from '../../../../electron/api/errors';
import type { Term } from '../../../../electron/api/types';
import { uiLanguages, type Vocabulary } from '../../../../electron/api/vocabularyCodes';
import { foldLabel } from '../../../../electron/api/foldLabel';
import type { LabelDraft } from './LabelFields';

/**
 * The error the core would give for a label another term of the vocabulary already has, found before asking it,
 * so that the message shows as the user saves. The core still checks: this only answers sooner.
 * A merged term's labels lead to the term it was merged into, so they count as that term's.
 */
export function takenLabel(
  draft: Partial<LabelDraft>,
  { vocabulary, termId, terms }: { vocabulary: Vocabulary; termId?: string; terms: Iterable<Term> },
): AppError | undefined {
  const wanted = new Map(
    uiLanguages.flatMap((code) => {
      const label = draft[code]?.trim();
      return label ? [[foldLabel(label), label] as const] : [];
    }),
  );
  for (const term of terms) {
    const owner = term.mergedInto ?? term.id;
    if (term.vocabulary !== vocabulary || owner === termId) continue;
    for (const code of uiLanguages) {
      const label = wanted.get(foldLabel(term.labels[code]));
      if (label !== undefined) return { code: 'vocabulary.labelTaken', params: { label, id: owner } };
    }
  }
  return undefined;
}
