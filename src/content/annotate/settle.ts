/**
 * Holds back blocks whose text keeps changing (a live ticker, a counter, a typing effect) until
 * they have been quiet for QUIET_MS, then lets them through once. Together with skipping the
 * analyzer when the analysed text is unchanged, a page that rewrites a paragraph forever costs
 * one cheap DOM read per watcher run and no analysis at all. New blocks and blocks re-rendered
 * with the same text are not held back.
 */
export const QUIET_MS = 1500;

export class SettleFilter {
  private readonly seen = new WeakMap<Element, string>();
  private readonly changedAt = new WeakMap<Element, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `onSettle` asks for another pass once held-back blocks may have settled. */
  constructor(
    private readonly onSettle: () => void,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.timer !== null && clearTimeout(this.timer));
  }

  filter<T extends { element: Element; text: string }>(blocks: readonly T[], now = performance.now()): T[] {
    let held = false;
    const out = blocks.filter((b) => {
      const prev = this.seen.get(b.element);
      this.seen.set(b.element, b.text);
      if (prev !== undefined && prev !== b.text) this.changedAt.set(b.element, now);
      const t = this.changedAt.get(b.element);
      if (t !== undefined && now - t < QUIET_MS) {
        held = true;
        return false;
      }
      return true;
    });
    if (held && this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.onSettle();
      }, QUIET_MS + 50);
    }
    return out;
  }
}
