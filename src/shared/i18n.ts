/**
 * User-facing text comes from `_locales/<lang>/messages.json` through `browser.i18n`, so the
 * extension can be translated without touching code. A key missing from the catalogue is a
 * programming error: it shows as the key itself (visible in review and tests) rather than as
 * an empty string.
 */
import browser from './browser';

/** The message for `key`, with `$1`, `$2`… placeholders filled from `substitutions`. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message === '' ? key : message;
}
