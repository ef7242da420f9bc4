/**
 * The reader's preferences: their shape, defaults and migration. Pure, so it is unit-tested in
 * Node; settings.ts stores them in storage.local.
 */
import { ENTITY_TYPES, type EntityType } from '../core/types';

const SETTINGS_VERSION = 1;

export interface Settings {
  version: number;
  /** Per-site highlight switch, keyed by host without "www." (a missing site means on). */
  sites: Record<string, { highlights: boolean }>;
  /** Entity types that are highlighted (DEFAULT_SHOWN_TYPES until the reader chooses). */
  shownTypes: EntityType[];
}

/**
 * The one rule for which types are shown when nothing says otherwise: all but dates, which are
 * rarely what a reader looks up and would fill a news article with highlights.
 */
export const DEFAULT_SHOWN_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'DATE');

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: {},
  shownTypes: [...DEFAULT_SHOWN_TYPES],
};

/** "www.archyde.com" and "archyde.com" are one site. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Accepts anything read from storage and returns valid settings, keeping what is valid of it. */
export function migrate(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return structuredClone(DEFAULT_SETTINGS);
  const r = raw as Partial<Settings>;
  const sites: Settings['sites'] = {};
  if (typeof r.sites === 'object' && r.sites !== null) {
    for (const [host, v] of Object.entries(r.sites)) {
      if (v && typeof v.highlights === 'boolean') sites[host] = { highlights: v.highlights };
    }
  }
  const known = new Set<string>(ENTITY_TYPES);
  const shownTypes = Array.isArray(r.shownTypes) ? (r.shownTypes.filter((t) => known.has(t)) as EntityType[]) : [...DEFAULT_SETTINGS.shownTypes];
  return { version: SETTINGS_VERSION, sites, shownTypes };
}

export function highlightsOn(settings: Settings, hostname: string): boolean {
  return settings.sites[siteKey(hostname)]?.highlights ?? true;
}
