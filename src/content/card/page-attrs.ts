/**
 * Temporary changes to attributes of page elements, each with an exact undo. Used to take the
 * `title` off a mention (or the link around it) while its card is open, so the browser does not
 * show a native tooltip on top of the card (as Page Previews does in linkTitle.js).
 */
export class AttributeLedger {
  private readonly saved: { el: Element; name: string; value: string | null; ours: string | null }[] = [];

  /** Sets (or, with null, removes) an attribute, remembering the page's value. */
  set(el: Element, name: string, value: string | null): void {
    if (!this.saved.some((s) => s.el === el && s.name === name)) {
      this.saved.push({ el, name, value: el.getAttribute(name), ours: value });
    }
    const entry = this.saved.find((s) => s.el === el && s.name === name)!;
    entry.ours = value;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }

  /** Puts every attribute back as the page had it, unless the page changed it since (then theirs stays). */
  restoreAll(): void {
    for (const s of this.saved.splice(0)) {
      if (s.el.getAttribute(s.name) !== s.ours) continue;
      if (s.value === null) s.el.removeAttribute(s.name);
      else s.el.setAttribute(s.name, s.value);
    }
  }
}

/** Hides the native tooltip of `el`: the nearest title, on the mention or an ancestor such as a link. */
export function hideTooltip(ledger: AttributeLedger, el: Element): void {
  const holder = el.closest('[title]');
  if (holder && holder !== el.ownerDocument.documentElement) ledger.set(holder, 'title', null);
}
