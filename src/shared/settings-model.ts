/**
 * The reader's preferences: their shape, defaults and migration. Pure, so it is unit-tested in
 * Node; settings.ts stores them in storage.local.
 */
import { ENTITY_TYPES, type EntityType } from '../core/types';

export interface Settings {
  version: number;
  /** Per-site highlight switch, keyed by host without "www." (a missing site means on). */
  sites: Record<string, { highlights: boolean }>;
  /** Entity types that are highlighted (DEFAULT_SHOWN_TYPES until the reader chooses). */
  shownTypes: EntityType[];
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  /**
   * The reader's own highlight colours (`#rrggbb`), only for the types they changed: a missing
   * type keeps the default palette (src/ui/colors.ts), so a later default still reaches it.
   */
  typeColors: Partial<Record<EntityType, string>>;
}

/**
 * The one rule for which types are shown when nothing says otherwise: all but dates, which are
 * rarely what a reader looks up and would fill a news article with highlights.
 */
export const DEFAULT_SHOWN_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'DATE');

/** Below 100 ms a card opens as the pointer merely crosses a line; above 2 s it feels broken. */
export const HOVER_DELAY_BOUNDS = { min: 100, max: 2000, default: 300 } as const;

type Loose = Record<string, unknown>;

/**
 * Step i turns a version-i record into a version-(i+1) record; version 0 is a record stored
 * before settings carried a version. A step only adds or reshapes fields; validation of every
 * field happens once, after the last step, so a step may trust nothing it reads.
 */
const MIGRATION_STEPS: readonly ((r: Loose) => Loose)[] = [
  // v0 → v1: the version field itself; a missing shownTypes already means the defaults.
  (r) => ({ ...r, version: 1 }),
  // v1 → v2: the hover delay becomes a setting.
  (r) => ({ ...r, version: 2, hoverDelayMs: HOVER_DELAY_BOUNDS.default }),
  // v2 → v3: per-type colours become a setting; none chosen yet.
  (r) => ({ ...r, version: 3, typeColors: {} }),
];

export const SETTINGS_VERSION = MIGRATION_STEPS.length;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: {},
  shownTypes: [...DEFAULT_SHOWN_TYPES],
  hoverDelayMs: HOVER_DELAY_BOUNDS.default,
  typeColors: {},
};

/** "www.archyde.com" and "archyde.com" are one site. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

function storedVersion(r: Loose): number {
  const v = r['version'];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Clamps a delay into HOVER_DELAY_BOUNDS; anything not a finite number gives the default. */
export function clampHoverDelay(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return HOVER_DELAY_BOUNDS.default;
  return Math.min(HOVER_DELAY_BOUNDS.max, Math.max(HOVER_DELAY_BOUNDS.min, Math.round(v)));
}

function validSites(v: unknown): Settings['sites'] {
  const sites: Settings['sites'] = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return sites;
  for (const [host, s] of Object.entries(v as Loose)) {
    if (typeof s === 'object' && s !== null && typeof (s as Loose)['highlights'] === 'boolean') {
      sites[host] = { highlights: (s as { highlights: boolean }).highlights };
    }
  }
  return sites;
}

function validShownTypes(v: unknown): EntityType[] {
  if (!Array.isArray(v)) return [...DEFAULT_SHOWN_TYPES];
  const known = new Set<string>(ENTITY_TYPES);
  const kept = new Set<EntityType>();
  for (const t of v) if (typeof t === 'string' && known.has(t)) kept.add(t as EntityType);
  return [...kept];
}

const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** A colour as `<input type="color">` gives it (`#rrggbb`, lower case), or null for anything else. */
export function validColor(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const c = v.toLowerCase();
  return HEX_COLOR.test(c) ? c : null;
}

function validTypeColors(v: unknown): Settings['typeColors'] {
  const colors: Settings['typeColors'] = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return colors;
  for (const type of ENTITY_TYPES) {
    const c = Object.hasOwn(v, type) ? validColor((v as Loose)[type]) : null;
    if (c) colors[type] = c;
  }
  return colors;
}

/**
 * Accepts anything read from storage and returns valid current settings: runs the migration
 * steps from the stored version on, then keeps each field that is valid and defaults the rest.
 * A record from a newer version (a downgrade) runs no step and keeps the fields this version knows.
 */
export function migrate(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return structuredClone(DEFAULT_SETTINGS);
  let r = raw as Loose;
  for (let v = storedVersion(r); v < MIGRATION_STEPS.length; v++) r = MIGRATION_STEPS[v]!(r);
  return {
    version: SETTINGS_VERSION,
    sites: validSites(r['sites']),
    shownTypes: validShownTypes(r['shownTypes']),
    hoverDelayMs: clampHoverDelay(r['hoverDelayMs']),
    typeColors: validTypeColors(r['typeColors']),
  };
}

export function highlightsOn(settings: Settings, hostname: string): boolean {
  return settings.sites[siteKey(hostname)]?.highlights ?? true;
}
