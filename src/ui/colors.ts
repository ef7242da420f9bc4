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

/** Outline of a mention the card just moved to (highlights.css, data-aa-flash), by page tone. */
export const FLASH_OUTLINE = { light: '#a86500', dark: '#ffb000' } as const;
