/**
 * The offline web the e2e tests browse: fixture pages served at real-looking addresses.
 * Both drivers answer every request with `respond()`; anything unknown gets a 404 so that
 * no test ever reaches the network.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface FixturePage {
  file: string;
  url: string;
  headline: string;
  bodyParagraphs: string[];
  outsideNames: string[];
  expectedInBody: { text: string; type: string }[];
}

export function fixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'pages.json'), 'utf8')) as FixturePage[];
}

/** The seed article page. */
export function demoPage(): FixturePage {
  const page = fixturePages().find((p) => p.file.includes('archyde-xi-putin'));
  if (!page) throw new Error('e2e/fixtures/pages.json has no archyde-xi-putin page');
  return page;
}

/** A host the content script must NOT run on, serving the same article. */
export const FOREIGN_URL = 'https://news.example.org/world/xi-putin/';

/** A host the reader can enable from the popup (optional host permission), serving the same article. */
export const OTHER_SITE_URL = 'https://news.example.net/world/xi-putin/';

export interface RoutedResponse {
  status: number;
  contentType: string;
  body: string;
}

const extraRoutes = new Map<string, RoutedResponse>();

/** Lets a spec serve an extra page (e.g. a generated hostile page) at a URL of its choice. */
export function serve(url: string, html: string): void {
  extraRoutes.set(url, { status: 200, contentType: 'text/html; charset=utf-8', body: html });
}

function html(file: string): RoutedResponse {
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, file), 'utf8') };
}

export function respond(url: string): RoutedResponse {
  const extra = extraRoutes.get(url);
  if (extra) return extra;
  const clean = url.split('#')[0]!.split('?')[0]!;
  for (const page of existsSync(join(FIXTURES, 'pages.json')) ? fixturePages() : []) {
    if (clean === page.url) return html(page.file);
  }
  if (clean === FOREIGN_URL || clean === FOREIGN_URL.replace('https:', 'http:')) return html(demoPage().file);
  if (clean === OTHER_SITE_URL) return html(demoPage().file);
  if (clean.startsWith('http://www.archyde.com/')) {
    // Same article over plain http: the content script's https-only match patterns must not apply.
    const page = fixturePages().find((p) => p.url === clean.replace('http:', 'https:'));
    if (page) return html(page.file);
  }
  return { status: 404, contentType: 'text/plain', body: 'not found (offline test web)' };
}

/** Hosts whose requests the drivers intercept. Everything else is aborted. */
export function isRoutable(url: string): boolean {
  return /^https?:\/\/([a-z0-9-]+\.)*(archyde\.com|example\.org|example\.net)\//.test(url);
}
