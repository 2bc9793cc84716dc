/** A user's words set apart from the sentence around them, so that each keeps its own direction. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
