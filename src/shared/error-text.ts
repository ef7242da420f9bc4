/**
 * An error as the reader is told it: the error's own words as one sentence, ending in exactly one
 * full stop (or its own ! or ?), so a message can go on after it ("Not saved: <reason> Your text
 * is kept.") without a doubled or missing stop.
 */
export function errorText(err: unknown): string {
  const words = (err instanceof Error ? err.message : String(err)).trim();
  if (words === '') return '';
  return /[.!?…]$/u.test(words) ? words : `${words}.`;
}
