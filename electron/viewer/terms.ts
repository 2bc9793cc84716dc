import type { ViewerPack } from '../api/packFormat';
import type { UiLanguage } from '../api/vocabularyCodes';

/** A term's label in the interface language, else in English, else its code: a pack may lack a term it names. */
export function termLabel(pack: ViewerPack, id: string, language: UiLanguage): string {
  const term = pack.terms[id];
  return term?.labels[language] || term?.labels.en || term?.code || id.slice(id.indexOf(':') + 1);
}

/** An SDG goal or target with its official title: `5.2 — Eliminate all forms of violence…`. */
export function sdgLabel(pack: ViewerPack, code: string, language: UiLanguage): string {
  // The code is isolated left-to-right so that `5.2` keeps its order in an Arabic line.
  return `\u2066${code}\u2069 — ${termLabel(pack, `sdg:${code}`, language)}`;
}

/** The goal an SDG code belongs to: `5.2` → `5`. */
export function sdgGoal(code: string): string {
  return code.split('.')[0] ?? code;
}
