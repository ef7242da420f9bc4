/**
 * User-facing text comes from `_locales/<lang>/messages.json` through `i18n.getMessage`, so the
 * extension can be translated without touching code. A key missing from the catalogue is a
 * programming error: it shows as the key itself (visible in review and tests) rather than as
 * an empty string.
 *
 * `i18n.getMessage` is synchronous, so it is read from the browser's own global rather than
 * through the polyfill (shared/browser.ts), whose import throws outside an extension. A page with
 * no extension API (the card bundled alone on a test page) reads the English catalogue, bundled in.
 */
// eslint-disable-next-line no-restricted-imports -- the catalogue is data every context ships, not a code layer
import english from '../_locales/en/messages.json';

interface Catalogue {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

type I18nApi = { i18n?: { getMessage(key: string, substitutions: string[]): string } };

function extensionApi(): I18nApi['i18n'] {
  const g = globalThis as unknown as { browser?: I18nApi; chrome?: I18nApi };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** As the browser fills a message: named `$NAME$` placeholders, then their `$1`… contents. */
function fromCatalogue(catalogue: Catalogue, key: string, substitutions: string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? all);
  return named.replace(/\$(\d)/g, (_all, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** The message for `key`, with `$1`, `$2`… placeholders filled from `substitutions`. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const api = extensionApi();
  const message = api ? api.getMessage(key, subs) : fromCatalogue(english as Catalogue, key, subs);
  return message === '' ? key : message;
}
