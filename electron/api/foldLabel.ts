/**
 * Lower case without accents; Arabic without short vowels or tatweel, its letter variants folded: how a label
 * typed by a person is matched to a term's labels. The core's term lookup, the editor's pickers and the
 * vocabularies' filter all use it, so that what one finds the others find too.
 */
export function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
