/**
 * The reader's preferences in storage.local, so every context (content script, popup,
 * background) reads the same values and a stopped service worker loses nothing.
 */
import browser from './browser';
import { onAbort } from './on-abort';
import { DEFAULT_SETTINGS, clampHoverDelay, migrate, siteKey, validColor, type Settings } from './settings-model';
import type { EntityType } from '../core/types';

export * from './settings-model';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return migrate(got[SETTINGS_KEY]);
}

async function update(change: (s: Settings) => void): Promise<Settings> {
  const s = await loadSettings();
  change(s);
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
  return s;
}

export function setSiteHighlights(hostname: string, on: boolean): Promise<Settings> {
  return update((s) => {
    s.sites[siteKey(hostname)] = { highlights: on };
  });
}

export function setShownTypes(types: readonly EntityType[]): Promise<Settings> {
  return update((s) => {
    s.shownTypes = migrate({ ...s, shownTypes: [...types] }).shownTypes;
  });
}

/** Forgets a site's switch, so the site is back to the default (highlighted). */
export function removeSite(site: string): Promise<Settings> {
  return update((s) => {
    delete s.sites[site];
  });
}

export function setHoverDelay(ms: number): Promise<Settings> {
  return update((s) => {
    s.hoverDelayMs = clampHoverDelay(ms);
  });
}

/** Sets one type's highlight colour (`#rrggbb`); a colour that is not one is refused, so nothing is stored. */
export function setTypeColor(type: EntityType, color: string): Promise<Settings> {
  const c = validColor(color);
  if (!c) return Promise.reject(new Error(`not a colour: ${color.slice(0, 20)}`));
  return update((s) => {
    s.typeColors[type] = c;
  });
}

/** Every type back to the default palette. */
export function resetTypeColors(): Promise<Settings> {
  return update((s) => {
    s.typeColors = {};
  });
}

/** Back to the defaults (what "delete all data" leaves). */
export async function resetSettings(): Promise<Settings> {
  const s = structuredClone(DEFAULT_SETTINGS);
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
  return s;
}

/** Calls `cb` with the new settings whenever any context changes them. */
export function onSettingsChanged(cb: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(migrate(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  onAbort(signal, () => browser.storage.onChanged.removeListener(listener));
}
