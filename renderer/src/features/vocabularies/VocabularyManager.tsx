/** The vocabularies manager. Placeholder until it lands. */
export function VocabularyManager() {
  return null;
}
