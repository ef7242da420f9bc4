/**
 * Entry point of the context card: mounts the one card for a page and wires its triggers.
 * `signal` is the only teardown channel: aborting it removes every listener, unmounts preact,
 * removes the host and restores every page attribute the card changed.
 */
import { CardCore } from './core';
import { createShell } from './shell';
import { wireTriggers } from './triggers';
import { wireKeys } from './keys';
import { allMentions, indexFromViewport, mentionForFocus, mentionKey } from './mentions';
import type { CardController, CardDataSource, MentionDirection, MountOptions } from './types';

export function mountCards(source: CardDataSource, opts: MountOptions): CardController {
  const doc = opts.doc ?? document;
  const { signal } = opts;
  const shell = createShell(doc);
  const core = new CardCore(source, shell, doc, opts.notes);

  const step = (direction: MentionDirection): HTMLElement | null => {
    const list = allMentions(doc);
    if (list.length === 0) return null;
    const from = mentionForFocus(doc.activeElement) ?? core.current()?.el ?? null;
    const key = from ? mentionKey(from) : '';
    let i = key ? list.findIndex((el) => mentionKey(el) === key) : -1;
    if (i < 0) i = indexFromViewport(list, direction, doc.defaultView?.innerHeight ?? 0);
    const target = list[(i + (direction === 'next' ? 1 : -1) + list.length) % list.length]!;
    core.goTo(target);
    return target;
  };

  wireTriggers(core, doc, signal);
  wireKeys(core, doc, signal, step);

  // Warm the card up once there are highlights. With a source that reports its passes, warm just
  // after the frame that follows a pass, when layout is clean (warming in the middle of
  // highlighting a 1 MB article forces a layout of the dirty document: a 56 ms task); otherwise
  // retry when the page is idle.
  let tries = 0;
  let warmed = false;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  let warmFrame = 0;
  const win = doc.defaultView;
  const warm = () => {
    if (signal.aborted || warmed || (warmed = core.prewarm()) || ++tries > 30) return;
    if (!source.onChange) warmTimer = setTimeout(() => (win?.requestIdleCallback ? win.requestIdleCallback(warm, { timeout: 1000 }) : warm()), 1000);
  };
  if (source.onChange) {
    const off = source.onChange(() => {
      if (warmed || !win) return;
      win.cancelAnimationFrame(warmFrame);
      warmFrame = win.requestAnimationFrame(() => (warmTimer = setTimeout(warm, 0)));
    });
    signal.addEventListener('abort', off, { once: true });
  } else warmTimer = setTimeout(warm, 500);
  signal.addEventListener('abort', () => (clearTimeout(warmTimer), win?.cancelAnimationFrame(warmFrame)), { once: true });

  const controller: CardController = {
    open: (el, how) => core.open(el, how),
    close: () => core.close({ returnFocus: true }),
    isOpen: () => core.current() !== null,
    snapshot: () => core.snapshot(),
    timings: core.timings,
  };

  const teardown = () => {
    core.destroy();
    shell.destroy();
  };
  if (signal.aborted) teardown();
  else signal.addEventListener('abort', teardown, { once: true });
  return controller;
}
