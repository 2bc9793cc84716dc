const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The number of words in a text, as the language's own word breaking sees them: Arabic words joined to their
 * prefixes, and scripts written without spaces, count as a reader would count them, unlike splitting on spaces.
 */
export function countWords(text: string, language: string): number {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
