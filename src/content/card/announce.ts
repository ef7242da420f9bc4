/**
 * Screen-reader announcement when a mention gets keyboard focus. ARIA id references
 * (aria-describedby, aria-controls) cannot point from the page's mention into our closed shadow
 * root, so the card speaks through a polite live region inside its own root instead: the mention's
 * own name is read first, then "Xi Jinping, person, Chinese President. Mentioned 20 times. Press
 * Tab to enter the card, Escape to close it." Hover opens say nothing.
 */

/** Emptied first, then filled after this pause, so the same text twice is spoken twice. */
const PAUSE_MS = 100;

export class Announcer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The text last put into the live region (for the 'page/card' snapshot). */
  last = '';

  constructor(private readonly live: HTMLElement) {}

  say(text: string): void {
    this.live.textContent = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.live.textContent = text;
      this.last = text;
    }, PAUSE_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.live.textContent = '';
  }
}
