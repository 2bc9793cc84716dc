/**
 * Lower case without accents; Arabic without short vowels or tatweel, its letter variants folded. The same folding
 * as the core's term lookup (electron/core/vocabularies/termRow.ts), so that the filter box finds what a search
 * or a picker would.
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
