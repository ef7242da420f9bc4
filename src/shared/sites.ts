/**
 * Sites the content script runs on besides the manifest's (archyde.com): the match patterns that
 * name a site when the reader enables it (an optional host permission), how granted patterns group
 * back into sites, and what the background's content-script registration must become. Pure (only
 * `URL`), so it is unit-tested in Node; site-access.ts applies it through the browser's APIs.
 */
import { matchesPattern } from './protocol/match-pattern';
import { siteKey } from './settings-model';

/** A site as the reader sees it: its name (host without "www.", with "http://" when not https) and the patterns that cover it. */
export interface Site {
  name: string;
  patterns: string[];
}

/** Why a typed address names no site (each has its own message in the options page). */
export type SiteInputProblem = 'empty' | 'not-web' | 'invalid';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A host name we will write into a match pattern: letters, digits, hyphens and dots, no wildcard. */
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

function siteName(scheme: string, host: string): string {
  return scheme === 'https:' ? siteKey(host) : `${scheme}//${siteKey(host)}`;
}

/**
 * The hosts one site covers: "www.example.net" and "example.net" are one site, as the per-site
 * switch treats them (settings-model.ts siteKey). A host with more labels ("news.example.net") is
 * its own site; its "www." twin would only lengthen the permission prompt.
 */
function siteHosts(host: string): string[] {
  if (host.startsWith('www.')) return [host, host.slice(4)];
  if (!IPV4.test(host) && host.split('.').length === 2) return [`www.${host}`, host];
  return [host];
}

function siteOfParsed(u: URL): Site | null {
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOST.test(host)) return null;
  return { name: siteName(u.protocol, host), patterns: siteHosts(host).map((h) => `${u.protocol}//${h}/*`) };
}

/** The site of a page's address, or null for pages no extension may run on (browser pages, files, extension pages). */
export function siteOfUrl(url: string): Site | null {
  try {
    return siteOfParsed(new URL(url));
  } catch {
    return null;
  }
}

/** The site the reader typed in the options page ("example.net", "https://www.example.net/news/"); https unless they wrote http://. */
export function siteOfInput(input: string): { ok: true; site: Site } | { ok: false; problem: SiteInputProblem } {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  // "host:8080" is a host and a port, not a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text) ? text : `https://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, problem: 'not-web' };
  // A single label ("news") is a typo far more often than an intranet host.
  const site = u.hostname.includes('.') || u.hostname === 'localhost' ? siteOfParsed(u) : null;
  return site ? { ok: true, site } : { ok: false, problem: 'invalid' };
}

const SITE_PATTERN = /^(https?:)\/\/([^/*]+)\/\*$/;

/**
 * Granted host patterns as the sites they belong to, sorted by name, leaving out the manifest's
 * (`builtIn`). A pattern of another form (a wildcard host granted some other way) is a site of its own,
 * named by the pattern, so it can still be seen and removed.
 */
export function sitesOfPatterns(granted: readonly string[], builtIn: readonly string[]): Site[] {
  const skip = new Set(builtIn);
  const byName = new Map<string, string[]>();
  for (const pattern of new Set(granted)) {
    if (skip.has(pattern)) continue;
    const m = SITE_PATTERN.exec(pattern);
    const name = m ? siteName(m[1]!, m[2]!.toLowerCase()) : pattern;
    byName.set(name, [...(byName.get(name) ?? []), pattern]);
  }
  return [...byName].map(([name, patterns]) => ({ name, patterns: patterns.sort() })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The patterns the content script is registered for: every granted web pattern that the manifest's content script does not already cover. */
export function wantedMatches(granted: readonly string[], builtIn: readonly string[]): string[] {
  const skip = new Set(builtIn);
  return [...new Set(granted)].filter((p) => /^(https?|\*):\/\//.test(p) && !skip.has(p)).sort();
}

/** What to do with the one registration, given its current matches (null: not registered) and the wanted ones. */
export type RegistrationStep = { op: 'none' } | { op: 'register' | 'update'; matches: string[] } | { op: 'unregister' };

export function registrationStep(current: readonly string[] | null, wanted: readonly string[]): RegistrationStep {
  if (wanted.length === 0) return current ? { op: 'unregister' } : { op: 'none' };
  if (!current) return { op: 'register', matches: [...wanted] };
  const same = current.length === wanted.length && [...current].sort().every((p, i) => p === wanted[i]);
  return same ? { op: 'none' } : { op: 'update', matches: [...wanted] };
}

/** How the extension stands on a page: on by the manifest, enabled by the reader, possible to enable, or impossible. */
export type SiteAccess = { kind: 'built-in' } | { kind: 'enabled'; site: Site } | { kind: 'not-enabled'; site: Site } | { kind: 'unavailable' };

export function siteAccess(url: string, builtIn: readonly string[], granted: readonly string[]): SiteAccess {
  const site = siteOfUrl(url);
  if (!site) return { kind: 'unavailable' };
  if (builtIn.some((p) => matchesPattern(p, url))) return { kind: 'built-in' };
  const wanted = wantedMatches(granted, builtIn);
  if (!wanted.some((p) => matchesPattern(p, url))) return { kind: 'not-enabled', site };
  // Disabling removes every granted pattern that reaches this page (a broad one too: it is what runs here) and the site's twin.
  return { kind: 'enabled', site: { name: site.name, patterns: wanted.filter((p) => matchesPattern(p, url) || site.patterns.includes(p)) } };
}
