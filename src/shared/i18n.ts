/**
 * User-facing text comes from `_locales/<lang>/messages.json` through `i18n.getMessage`, so the
 * extension can be translated without touching code. A key missing from the catalogue is a
 * programming error: it shows as the key itself (visible in review and tests) rather than as
 * an empty string.
 *
 * `i18n.getMessage` is synchronous, so it is read from the browser's own global rather than
 * through the polyfill (shared/browser.ts), whose import throws outside an extension. Code run
 * outside an extension (the card's test page, Node tests) installs a stand-in for it
 * (e2e/harness/i18n-stub.ts), so no bundle carries the catalogue.
 */
type I18nApi = { i18n?: { getMessage(key: string, substitutions: string[]): string } };

function extensionApi(): I18nApi['i18n'] {
  const g = globalThis as unknown as { browser?: I18nApi; chrome?: I18nApi };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key`, with `$1`, `$2`… placeholders filled from `substitutions`. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = extensionApi()?.getMessage(key, substitutions.map(String)) ?? '';
  return message === '' ? key : message;
}
