/**
 * The colour actually behind an element's text: its own background and its ancestors', composited
 * from the first opaque one down, over the canvas when none is opaque. Read from computed styles
 * (what the page's CSS, its dark-mode class or a reader extension's stylesheet made of them).
 * Background images and gradients are not sampled: their element's background-color stands in.
 */
import { compositeAll, parseColor, type Rgba } from '../../ui/contrast';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's dark canvas (Firefox's, #1c1b22, is as dark for choosing a palette). */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/**
 * A computed colour in a syntax parseColor does not read (oklch(), color(), a named colour in
 * some engines) is painted on a 1×1 canvas that is never attached to the page, and read back as sRGB.
 */
function viaCanvas(text: string): Rgba | null {
  try {
    const ctx = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.fillStyle = text;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return { r: r!, g: g!, b: b!, a: a! / 255 };
  } catch {
    return null;
  }
}

/** The canvas under a document whose root and body paint nothing: dark only when the page opts into a dark scheme and the browser uses it. */
function canvasColour(doc: Document): Rgba {
  const win = doc.defaultView;
  const scheme = win?.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const darkScheme = /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || !!win?.matchMedia('(prefers-color-scheme: dark)').matches);
  return darkScheme ? DARK_CANVAS : WHITE;
}

export function effectiveBackground(el: Element): Rgba {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node && win; node = node.parentElement) {
    const text = win.getComputedStyle(node).backgroundColor;
    const colour = parseColor(text) ?? viaCanvas(text);
    if (!colour || colour.a === 0) continue;
    if (colour.a >= 1) return compositeAll(layers, colour);
    layers.push(colour);
  }
  return compositeAll(layers, canvasColour(doc));
}
