import { foldLabel } from '../../../../../electron/api/foldLabel';
import type { Term } from '../../../../../electron/api/types';
import { uiLanguages, type UiLanguage } from '../../../../../electron/api/vocabularyCodes';

/** A term offered for what was typed, with the label that matched when it is not in the interface language. */
export interface TermMatch {
  readonly term: Term;
  readonly matchedLabel?: { readonly language: UiLanguage; readonly label: string };
}

// Lower ranks first: the code itself, then a label that starts with the text, then a word of a label, then
// anywhere (from three letters: two letters are inside too many words to mean anything).
function rankOf(folded: string, query: string): number | undefined {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(/[\s\-'’(),./]+/).some((word) => word.startsWith(query))) return 2;
  return query.length >= 3 && folded.includes(query) ? 3 : undefined;
}

/**
 * The terms that match `typed` by code or by a label in any of the four languages, ignoring case and accents, best
 * first; retired terms are left out. An empty text matches every term, in the order of their labels.
 */
export function matchTerms(terms: readonly Term[], typed: string, language: UiLanguage): TermMatch[] {
  const query = foldLabel(typed);
  const collator = new Intl.Collator(language);
  const found: Array<TermMatch & { rank: number }> = [];
  for (const term of terms) {
    if (term.isRetired) continue;
    if (query === '') {
      found.push({ term, rank: 0 });
      continue;
    }
    let best: { rank: number; language?: UiLanguage } | undefined;
    const codeRank = term.code === null ? undefined : rankOf(foldLabel(term.code), query);
    if (codeRank !== undefined && codeRank < 2) best = { rank: codeRank };
    // The interface language is tried first, so that a label matching in it is the one shown.
    for (const labelLanguage of [language, ...uiLanguages.filter((other) => other !== language)]) {
      const rank = rankOf(foldLabel(term.labels[labelLanguage]), query);
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = { rank, language: labelLanguage };
    }
    if (best === undefined) continue;
    const matchedLabel =
      best.language !== undefined && best.language !== language && term.labels[best.language] !== term.labels[language]
        ? { language: best.language, label: term.labels[best.language] }
        : undefined;
    found.push({ term, rank: best.rank, ...(matchedLabel ? { matchedLabel } : {}) });
  }
  return found
    .sort((a, b) => a.rank - b.rank || collator.compare(a.term.labels[language], b.term.labels[language]))
    .map(({ rank: _rank, ...match }) => match);
}

const codeOrder = new Intl.Collator('en', { numeric: true });

/**
 * SDG goals and targets for what was typed: by code (`5`, `5.2`, `5.a`: the code starts with it) or by words of
 * the official title in any language (every typed word starts a word of it), in the order of their codes.
 */
export function matchSdgs(terms: readonly Term[], typed: string): Term[] {
  const query = foldLabel(typed);
  const words = query.split(' ').filter(Boolean);
  const isCode = /^\d{1,2}(\.[0-9a-z]*)?$/.test(query);
  return terms
    .filter((term) => {
      if (term.isRetired) return false;
      if (query === '') return true;
      if (isCode) return term.code === query || (term.code ?? '').startsWith(query.includes('.') ? query : `${query}.`);
      return uiLanguages.some((language) => {
        const titleWords = foldLabel(term.labels[language]).split(/[\s\-'’(),./]+/);
        return words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
      });
    })
    .sort((a, b) => codeOrder.compare(a.code ?? '', b.code ?? ''));
}
