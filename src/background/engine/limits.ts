/**
 * How the background splits analysis work (see docs/decisions/0100-background-analysis-isolation.md).
 */

/**
 * Texts up to this length run in the background's own thread: a news article is 3-15k chars,
 * and with every pattern linear a run this long is tens of milliseconds, so no tab waits long
 * behind it, and the common case pays no worker hop. Longer texts run in an engine worker.
 */
export const INLINE_MAX_CHARS = 50_000;

/** Engine workers running at once: one slow text cannot hold up another tab's long article. */
export const ISOLATED_CONCURRENCY = 2;

/** Long analyses one tab may have running or waiting (one pass, plus one the page's change started). */
export const ISOLATED_PER_TAB = 3;

/**
 * A worker's run is stopped after this budget. The engine runs about 1 µs per char warm and
 * several times that in a fresh worker; 15 µs per char plus 5 s leaves a wide margin on a loaded
 * machine (35 s for the 2M-char cap) while still ending a pathological run.
 */
export function budgetMs(chars: number): number {
  return 5_000 + Math.ceil(chars * 0.015);
}
