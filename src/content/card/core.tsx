/**
 * The one card: what it shows, where focus goes, and the exact undo of everything it changed.
 * One preact root (the card element) is reused for every open and every swap.
 */
import { render } from 'preact';
import { dialogLabel, announcement } from '../../ui/card/wording';
import { Card, type CardActions, type CardView } from '../../ui/card/Card';
import { AttributeLedger, hideTooltip } from './page-attrs';
import { Navigator } from './navigate';
import { follow } from './position';
import { entityMentions, focusTarget, mentionKey, partsOf } from './mentions';
import { entityById } from '../../ui/card/view';
import { chosenTypeColors } from '../highlight/type-colors';
import { buildView, warmUpView } from './page-view';
import { Announcer } from './announce';
import { afterNextFrame } from '../frame';
import type { DocumentAnalysis, Entity } from '../../core/types';
import type { Shell } from './shell';
import type { CardDataSource, CardSnapshot, CardTimings, EntityNotesSource, OpenHow } from './types';

export interface Current {
  el: HTMLElement;
  key: string;
  entityId: string;
  how: OpenHow;
  label: string;
  dwellMs: number | null;
}

export class CardCore {
  readonly timings: CardTimings = { lastOpenToPaintMs: null, lastRenderMs: null };
  private cur: Current | null = null;
  private stopFollow: (() => void) | null = null;
  private readonly ledger = new AttributeLedger();
  private readonly nav: Navigator;
  private readonly closeHooks: (() => void)[] = [];
  private dismissedKey: string | null = null;
  private suppressed: HTMLElement | null = null;
  private requestedHow: OpenHow | null = null;
  private warmed = false;
  /** A card rendered and placed ahead of its open, still hidden (see prepare). */
  private prepared: { key: string; view: CardView; analysis: DocumentAnalysis } | null = null;
  /** Waiting for the card to become visible: a visibility:hidden control cannot take focus. */
  private readonly whenPlaced: (() => void)[] = [];
  private readonly announcer: Announcer;
  private readonly actions: CardActions;

  constructor(
    private readonly source: CardDataSource,
    private readonly shell: Shell,
    private readonly doc: Document,
    private readonly notes?: EntityNotesSource,
  ) {
    this.nav = new Navigator(doc);
    this.announcer = new Announcer(shell.live);
    this.actions = {
      step: (direction) => {
        if (!this.cur) return;
        const list = entityMentions(source, this.cur.entityId);
        const i = list.findIndex((el) => mentionKey(el) === this.cur!.key);
        const target = list[(i + (direction === 'next' ? 1 : -1) + list.length) % list.length];
        if (target) this.goTo(target);
      },
      goTo: (entityId) => {
        const first = entityMentions(source, entityId)[0];
        if (first) this.goTo(first);
      },
    };
  }

  /**
   * Renders one card, invisible (it stays visibility:hidden until placed), and lets the next frame
   * lay it out, so the first real open does not pay for compiling the card's code and resolving
   * its stylesheet (~30 ms cold vs ~3 ms warm measured in Chromium). Called while a 1 MB article's
   * layout is dirty, the forced layout makes this a 100-130 ms task, so mount.ts calls it after a frame.
   */
  prewarm(): boolean {
    if (this.warmed || this.cur) return this.warmed;
    const view = warmUpView(this.source.analysis(), this.doc);
    if (!view) return false;
    const { card } = this.shell;
    card.hidden = false;
    render(<Card view={view} actions={this.actions} />, card);
    this.warmed = true;
    const clear = (): void => {
      if (this.cur || this.prepared) return; // opened or prepared meanwhile: the card is in use
      render(null, card);
      card.hidden = true;
    };
    if (this.doc.defaultView) afterNextFrame(clear);
    else clear();
    return true;
  }

  current(): Current | null {
    return this.cur;
  }

  /**
   * While the pointer dwells on a mention and no card is open: renders that mention's card and
   * places it, still hidden, so the open at the end of the dwell only has to show it (the
   * rendering and the layout it forces take 5-10 ms, half the frame the open has to fit in).
   */
  prepare(el: HTMLElement): void {
    const key = mentionKey(el);
    if (this.cur || this.prepared?.key === key) return;
    this.unprepare();
    const analysis = this.source.analysis();
    const view = buildView(this.source, el, this.doc);
    if (!view) return;
    const { card } = this.shell;
    card.setAttribute('data-pending', '');
    card.removeAttribute('data-placed');
    this.prepared = { key, view, analysis };
    this.mount(view, el);
  }

  /** Drops a prepared card that was not opened (the pointer left first). */
  unprepare(): void {
    if (!this.prepared || this.cur) return;
    this.prepared = null;
    this.unmount();
  }

  /** Renders `view` into the card and keeps the card placed at `el` (it shows once placed, unless pending). */
  private mount(view: CardView, el: HTMLElement): void {
    const { card } = this.shell;
    render(<Card view={view} actions={this.actions} notes={this.notes?.(view.entity)} colors={chosenTypeColors(this.doc)} />, card);
    card.hidden = false;
    this.stopFollow?.();
    this.stopFollow = follow(
      card,
      partsOf(this.source, el),
      () => {
        card.setAttribute('data-placed', '');
        this.flushWhenPlaced();
      },
      () => this.close(), // the page or a re-highlight removed the mention
    );
  }

  /** Stops following the mention and empties and hides the card. */
  private unmount(): void {
    this.stopFollow?.();
    this.stopFollow = null;
    const { card } = this.shell;
    render(null, card);
    card.hidden = true;
    card.removeAttribute('data-placed');
    card.removeAttribute('data-pending');
  }

  /** Runs what waited for the card to be visible: placed, and not merely prepared. */
  private flushWhenPlaced(): void {
    const { card } = this.shell;
    if (card.hasAttribute('data-placed') && !card.hasAttribute('data-pending')) for (const fn of this.whenPlaced.splice(0)) fn();
  }

  /**
   * `t0`: when the open was decided (timings count from it). `inFrame`: called from an animation
   * frame callback, so this frame paints the card.
   */
  open(el: HTMLElement, how: OpenHow, t0 = performance.now(), dwellMs: number | null = null, inFrame = false): void {
    const key = mentionKey(el);
    if (this.cur?.key === key) {
      if (how !== 'hover' && this.cur.how === 'hover') this.cur.how = how;
      const entity = how !== 'hover' ? entityById(this.source.analysis(), this.cur.entityId) : undefined;
      if (entity) this.announce(entity);
      return;
    }
    const prepared = this.prepared?.key === key && this.prepared.analysis === this.source.analysis() ? this.prepared : null;
    if (!prepared) this.unprepare();
    this.prepared = null;
    const view = prepared?.view ?? buildView(this.source, el, this.doc);
    if (!view) return;
    const { card } = this.shell;
    const wasOpen = this.cur !== null;
    this.ledger.restoreAll(); // the previous mention's title and aria-expanded
    hideTooltip(this.ledger, el);
    // The highlighter makes an entity's tab stop a button with aria-haspopup="dialog"; a popup
    // button says whether its popup is open. On role-less mentions aria-expanded is not allowed.
    if (el.getAttribute('role') === 'button') this.ledger.set(el, 'aria-expanded', 'true');
    const label = dialogLabel(view.entity);
    this.cur = { el, key, entityId: view.entity.id, how, label, dwellMs };

    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', label);
    if (prepared) {
      card.removeAttribute('data-pending'); // rendered and placed already: now shown
      this.flushWhenPlaced();
    } else {
      if (!wasOpen) card.removeAttribute('data-placed');
      this.mount(view, el);
    }
    this.timings.lastRenderMs = Math.round((performance.now() - t0) * 10) / 10;
    // A task queued during a frame's callbacks runs after that frame's layout and paint.
    const painted = (): void => {
      this.timings.lastOpenToPaintMs = Math.round((performance.now() - t0) * 10) / 10;
    };
    if (inFrame) setTimeout(painted, 0);
    else afterNextFrame(painted);
    if (how !== 'hover') this.announce(view.entity);
  }

  close(opts: { returnFocus?: boolean } = {}): void {
    for (const hook of this.closeHooks) hook();
    const cur = this.cur;
    if (!cur) {
      this.unprepare();
      return;
    }
    const { card } = this.shell;
    // Move focus out before unmounting, or it would fall to <body> and the page would lose its place.
    if (this.focusInCard() && (opts.returnFocus ?? true)) {
      this.suppressed = cur.el;
      focusTarget(cur.el).focus({ preventScroll: true });
    }
    this.whenPlaced.length = 0;
    this.cur = null;
    this.unmount();
    card.removeAttribute('role');
    card.removeAttribute('aria-label');
    this.ledger.restoreAll();
  }

  /** Moves focus to the card's first control, as soon as the card is visible. */
  enterCard(): void {
    const go = () => this.controls()[0]?.focus();
    if (this.shell.card.hasAttribute('data-placed')) go();
    else this.whenPlaced.push(go);
  }

  onClose(hook: () => void): void {
    this.closeHooks.push(hook);
  }

  isHost(target: EventTarget | null): boolean {
    return target === this.shell.host;
  }

  focusInCard(): boolean {
    return this.doc.activeElement === this.shell.host && this.shell.root.activeElement !== null;
  }

  /** Buttons, links and text fields of the card, in tab order. */
  controls(): HTMLElement[] {
    return [
      ...this.shell.card.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled])',
      ),
    ];
  }

  activeControl(): HTMLElement | null {
    return (this.shell.root.activeElement as HTMLElement | null) ?? null;
  }

  dismissed(): string | null {
    return this.dismissedKey;
  }

  setDismissed(key: string | null): void {
    this.dismissedKey = key;
  }

  /** The next focusin on `el` is ours (focus returned to the mention) and must not reopen or re-announce. */
  suppressFocus(el: HTMLElement): void {
    this.suppressed = el;
  }

  takeFocusSuppression(el: HTMLElement): boolean {
    const hit = this.suppressed !== null && mentionKey(this.suppressed) === mentionKey(el);
    this.suppressed = null;
    return hit;
  }

  takeRequestedHow(): OpenHow | null {
    const how = this.requestedHow;
    this.requestedHow = null;
    return how;
  }

  /** Scrolls to and focuses a mention; its focusin opens (or swaps) the card as a keyboard open. */
  goTo(el: HTMLElement): void {
    this.requestedHow = 'keyboard';
    this.nav.goTo(el, partsOf(this.source, el));
    this.requestedHow = null;
    if (this.cur?.key !== mentionKey(el)) this.open(el, 'keyboard'); // not focusable: open anyway
  }

  private announce(entity: Entity): void {
    this.announcer.say(announcement(entity, entity.mentions.length));
  }

  snapshot(): CardSnapshot {
    const cur = this.cur;
    const { card } = this.shell;
    const name = cur ? card.querySelector('.name') : null;
    const cs = name ? getComputedStyle(name) : null;
    const r = cur ? card.getBoundingClientRect() : null;
    return {
      open: cur !== null,
      how: cur?.how ?? null,
      entityId: cur?.entityId ?? null,
      label: cur?.label ?? null,
      text: cur ? card.innerText : '',
      controls: cur ? this.controls().map((b) => (b.textContent ?? '').trim()) : [],
      focusedControl: this.focusInCard() ? (this.activeControl()?.textContent ?? '').trim() : null,
      rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      nameStyle: cs ? { fontSize: cs.fontSize, color: cs.color, display: cs.display } : null,
      dwellMs: cur?.dwellMs ?? null,
      visible: !card.hidden && getComputedStyle(card).visibility === 'visible',
      rendered: card.childElementCount > 0,
      announced: this.announcer.last,
      timings: { ...this.timings },
      links: [...card.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.href, target: a.target, rel: a.rel })),
      embedded: card.querySelectorAll('img, iframe, object, embed, script').length,
      error: card.querySelector('[role="alert"]')?.textContent ?? null,
    };
  }

  destroy(): void {
    this.close({ returnFocus: true });
    this.announcer.stop();
    this.nav.clear();
    render(null, this.shell.card);
    this.ledger.restoreAll();
  }
}
