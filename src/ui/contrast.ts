/**
 * Colour arithmetic for contrast (WCAG 2.x): parsing the colours browsers and our tables write,
 * alpha compositing, relative luminance and contrast ratio, and which highlight palette (light or
 * dark) suits a background. Pure: the content script measures the page with it, and unit tests
 * check our colour tables with it.
 */

/** An sRGB colour: channels 0-255, alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export type Tone = 'light' | 'dark';

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// rgb()/rgba() in the legacy comma form and the modern space form ("rgb(0 0 0 / 50%)"), as
// getComputedStyle serialises colours; channels may be fractional in Firefox.
const RGB = /^rgba?\(\s*(-?[\d.]+%?)[\s,]+(-?[\d.]+%?)[\s,]+(-?[\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

function channel(s: string): number {
  return s.endsWith('%') ? (parseFloat(s) / 100) * 255 : parseFloat(s);
}

function alpha(s: string | undefined): number {
  if (s === undefined) return 1;
  return s.endsWith('%') ? parseFloat(s) / 100 : parseFloat(s);
}

const clamp = (x: number, hi: number): number => Math.min(hi, Math.max(0, x));

/** Parses #rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba() and "transparent"; null for anything else (named colours, other colour spaces). */
export function parseColor(text: string): Rgba | null {
  const s = text.trim();
  if (s.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: n(0), g: n(1), b: n(2), a: full.length === 8 ? n(3) / 255 : 1 };
  }
  const m = RGB.exec(s);
  if (!m) return null;
  const [r, g, b, a] = [channel(m[1]!), channel(m[2]!), channel(m[3]!), alpha(m[4])];
  if ([r, g, b, a].some((x) => Number.isNaN(x))) return null;
  return { r: clamp(r, 255), g: clamp(g, 255), b: clamp(b, 255), a: clamp(a, 1) };
}

/** `top` painted over `bottom` (source-over). An opaque `bottom` gives an opaque result. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** Layers listed from the top one down, painted over `base` (opaque). */
export function compositeAll(layersTopDown: readonly Rgba[], base: Rgba): Rgba {
  let out = base;
  for (let i = layersTopDown.length - 1; i >= 0; i--) out = composite(layersTopDown[i]!, out);
  return out;
}

function linear(c8: number): number {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of an opaque colour (alpha is ignored: composite first). */
export function relativeLuminance(c: Rgba): number {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/** WCAG 2.x contrast ratio, 1 to 21, of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The palette for a background: dark text-like colours on backgrounds that contrast more with
 * black than with white, light ones otherwise. The two meet at luminance √(1.05 × 0.05) − 0.05 ≈ 0.179.
 */
export function toneFor(background: Rgba): Tone {
  const l = relativeLuminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? 'light' : 'dark';
}

/** Contrast of two colour strings, the first composited over the second (which must be opaque); throws on a colour it cannot parse. */
export function contrastOf(fg: string, bg: string): number {
  const [f, b] = [parseColor(fg), parseColor(bg)];
  if (!f || !b) throw new Error(`contrastOf: cannot parse ${f ? bg : fg}`);
  return contrastRatio(composite(f, b), b);
}
