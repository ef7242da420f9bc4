/**
 * Keeps the document's highlight tone (page-tone.ts) in step with the article's background: it is
 * measured before highlights are applied, and again when the page may have changed theme: an
 * attribute of <html> or <body> changed (sites switch dark mode with a class or data attribute
 * there) or the system's colour scheme changed (sites that follow it through media queries).
 * Only those two elements' attributes are observed, and a burst of changes costs one measurement
 * per frame, so pages that touch <html> often (scroll locks, lazy classes) cost almost nothing.
 */
import { toneFor } from '../../ui/contrast';
import { effectiveBackground } from './page-background';
import { resetPageTone, setPageTone } from './page-tone';

/** A theme switch may fade the background in: measured once at the next frame and again after this long. */
const SETTLED_MS = 600;

export interface ToneWatch {
  /** Measures the tone behind `body` (the article): before each pass applies highlights, a few style reads. */
  follow(body: Element): void;
}

export function watchTone(doc: Document, signal: AbortSignal): ToneWatch {
  const win = doc.defaultView;
  let body: Element | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const measure = (): void => {
    if (signal.aborted || !body?.isConnected) return;
    setPageTone(doc, toneFor(effectiveBackground(body)));
  };
  const changed = (): void => {
    if (!win || signal.aborted) return;
    win.cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = win.requestAnimationFrame(measure);
    timer = setTimeout(measure, SETTLED_MS);
  };

  const observer = new MutationObserver(changed);
  const observeRoots = (): void => {
    observer.observe(doc.documentElement, { attributes: true });
    if (doc.body) observer.observe(doc.body, { attributes: true });
  };
  observeRoots();
  const scheme = win?.matchMedia('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', changed);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      scheme?.removeEventListener('change', changed);
      if (win) win.cancelAnimationFrame(frame);
      clearTimeout(timer);
      resetPageTone(doc);
    },
    { once: true },
  );

  return {
    follow(next) {
      if (signal.aborted) return;
      if (!doc.body || !body) observeRoots(); // <body> may have come after the script started
      body = next;
      measure();
    },
  };
}
