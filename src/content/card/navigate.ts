/**
 * Moving the reader to a mention: scroll it to the middle (instantly when reduced motion is asked
 * for), focus it, and flash it for a second so the eye finds it. The flash is an attribute the
 * highlight stylesheet styles; every flash is undone on teardown.
 */
import { ATTR_FLASH } from './types';
import { focusTarget } from './mentions';

const FLASH_MS = 1000;

export class Navigator {
  private readonly flashes = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

  constructor(private readonly doc: Document) {}

  /** Scrolls to `el`, then focuses it without a second (jumping) scroll. */
  goTo(el: HTMLElement, parts: HTMLElement[] = [el]): void {
    const reduce = this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    focusTarget(el).focus({ preventScroll: true });
    for (const p of parts) this.flash(p);
  }

  private flash(el: HTMLElement): void {
    const running = this.flashes.get(el);
    if (running !== undefined) clearTimeout(running);
    else if (el.hasAttribute(ATTR_FLASH)) return; // someone else's flash: leave it alone
    el.setAttribute(ATTR_FLASH, '');
    this.flashes.set(
      el,
      setTimeout(() => this.unflash(el), FLASH_MS),
    );
  }

  private unflash(el: HTMLElement): void {
    const t = this.flashes.get(el);
    if (t !== undefined) clearTimeout(t);
    this.flashes.delete(el);
    el.removeAttribute(ATTR_FLASH);
  }

  /** Ends every running flash (teardown). */
  clear(): void {
    for (const el of [...this.flashes.keys()]) this.unflash(el);
  }
}
