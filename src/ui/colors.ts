/**
 * Highlight colours by entity type, shared by highlights.css (kept in sync by colors.test.ts)
 * and the popup legend. Okabe–Ito hues stay distinct under the common colour-vision deficiencies,
 * and each type also has its own underline style so the type is never told by colour alone.
 */
import type { EntityType } from '../core/types';

export interface TypeStyle {
  label: string;
  /** Underline and focus colour on light pages. */
  color: string;
  /** Underline and focus colour when the reader prefers a dark scheme. */
  colorDark: string;
  /** Background tint (semi-transparent, so it reads on light and dark pages). */
  tint: string;
  tintDark: string;
  underline: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
}

export const TYPE_STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  PERSON: {
    label: 'People',
    color: '#0072b2',
    colorDark: '#56b4e9',
    tint: 'rgba(0, 114, 178, 0.14)',
    tintDark: 'rgba(86, 180, 233, 0.26)',
    underline: 'solid',
  },
  ORG: {
    label: 'Organisations',
    color: '#d55e00',
    colorDark: '#f5a35c',
    tint: 'rgba(213, 94, 0, 0.14)',
    tintDark: 'rgba(245, 163, 92, 0.26)',
    underline: 'dashed',
  },
  PLACE: {
    label: 'Places',
    color: '#009e73',
    colorDark: '#3fd6a8',
    tint: 'rgba(0, 158, 115, 0.14)',
    tintDark: 'rgba(63, 214, 168, 0.24)',
    underline: 'dotted',
  },
  MISC: {
    label: 'Other',
    color: '#a2467f',
    colorDark: '#e0a3c8',
    tint: 'rgba(204, 121, 167, 0.18)',
    tintDark: 'rgba(224, 163, 200, 0.26)',
    underline: 'double',
  },
  DATE: {
    label: 'Dates',
    color: '#6b6b6b',
    colorDark: '#b5b5b5',
    tint: 'rgba(120, 120, 120, 0.14)',
    tintDark: 'rgba(181, 181, 181, 0.22)',
    underline: 'dotted',
  },
};
