/**
 * Highlight colours by entity type, shared by highlights.css (kept in sync by colors.test.ts),
 * the popup legend and the options page. Okabe–Ito hues stay distinct under the common
 * colour-vision deficiencies, and each type also has its own underline style so the type is never
 * told by colour alone. Two palettes, chosen by the tone of the article's own background (see
 * src/content/highlight/page-tone.ts): every underline (over its tint) and focus ring reaches 3:1
 * (WCAG 1.4.11) on a white page with `color` and on a near-black one with `colorDark`
 * (colors.test.ts measures it).
 */
import type { EntityType } from '../core/types';
import { relativeLuminance } from './contrast';

export interface TypeStyle {
  /** Underline and focus colour on light pages. */
  color: string;
  /** Underline and focus colour on dark pages. */
  colorDark: string;
  /** Background tint (semi-transparent, so it reads on light and dark pages). */
  tint: string;
  tintDark: string;
  underline: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
}

export const TYPE_STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  PERSON: {
    color: '#0072b2',
    colorDark: '#56b4e9',
    tint: 'rgba(0, 114, 178, 0.14)',
    tintDark: 'rgba(86, 180, 233, 0.26)',
    underline: 'solid',
  },
  ORG: {
    color: '#c25400',
    colorDark: '#f5a35c',
    tint: 'rgba(213, 94, 0, 0.14)',
    tintDark: 'rgba(245, 163, 92, 0.26)',
    underline: 'dashed',
  },
  PLACE: {
    color: '#00805d',
    colorDark: '#3fd6a8',
    tint: 'rgba(0, 158, 115, 0.14)',
    tintDark: 'rgba(63, 214, 168, 0.24)',
    underline: 'dotted',
  },
  MISC: {
    color: '#a2467f',
    colorDark: '#e0a3c8',
    tint: 'rgba(204, 121, 167, 0.18)',
    tintDark: 'rgba(224, 163, 200, 0.26)',
    underline: 'double',
  },
  DATE: {
    color: '#6b6b6b',
    colorDark: '#b5b5b5',
    tint: 'rgba(120, 120, 120, 0.14)',
    tintDark: 'rgba(181, 181, 181, 0.22)',
    underline: 'dotted',
  },
};

/**
 * The CSS custom properties highlights.css reads on our mention elements. The content script sets
 * them, on our elements only, for the types the reader gave a colour; unset, the stylesheet's own
 * default palette applies.
 */
export const COLOR_VARS = {
  color: '--archyde-color',
  colorDark: '--archyde-color-dark',
  tint: '--archyde-tint',
  tintDark: '--archyde-tint-dark',
} as const;

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (c: Rgb): string => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color);
  return relativeLuminance({ r, g, b, a: 1 });
}

/**
 * The default palette's dark-scheme colours have a luminance of 0.40 to 0.53: light enough to
 * stand out 7:1 or more on a dark page. A reader's colour is lightened to at least this.
 */
const DARK_MIN_LUMINANCE = 0.4;

/** `color` mixed toward white just enough to reach DARK_MIN_LUMINANCE (itself when it already does). */
export function lightenForDark(color: string): string {
  if (luminance(color) >= DARK_MIN_LUMINANCE) return color;
  const c = rgb(color);
  // Luminance grows with the share of white, so a bisection finds the least share that is enough.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (luminance(hex(c.map((v) => v + (255 - v) * mid) as unknown as Rgb)) >= DARK_MIN_LUMINANCE) hi = mid;
    else lo = mid;
  }
  return hex(c.map((v) => v + (255 - v) * hi) as unknown as Rgb);
}

const rgba = (color: string, alpha: number): string => `rgba(${rgb(color).join(', ')}, ${alpha})`;

/**
 * A type's style with the reader's colour (`#rrggbb`, already validated), or the default palette
 * when there is none. The underline style is the type's own either way, so type is never told by
 * colour alone, whatever colours the reader picks.
 */
export function typeStyle(type: EntityType, chosen?: string): TypeStyle {
  const base = TYPE_STYLES[type];
  if (!chosen) return base;
  const dark = lightenForDark(chosen);
  return { ...base, color: chosen, colorDark: dark, tint: rgba(chosen, 0.14), tintDark: rgba(dark, 0.26) };
}

/** Below this, an underline is hard to see on a white page (WCAG 1.4.11 asks 3:1 of such marks). */
export const MIN_MARK_CONTRAST = 3;

/** Outline of a mention the card just moved to (highlights.css, data-aa-flash), by page tone. */
export const FLASH_OUTLINE = { light: '#a86500', dark: '#ffb000' } as const;
