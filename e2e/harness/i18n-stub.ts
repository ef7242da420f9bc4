/**
 * A stand-in for the browser's `i18n.getMessage`, for code that runs outside an extension: the
 * card bundled alone on a test page (card-page.ts) and Node tests. It fills a message from the
 * English catalogue as the browser does: named `$NAME$` placeholders first, then their `$1`…
 * contents from the substitutions (a substitution is text and is not filled again).
 */
interface Catalogue {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

function fillMessage(catalogue: Catalogue, key: string, substitutions: string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? all);
  return named.replace(/\$(\d)/g, (_all, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** Installs the stand-in as `chrome.i18n` on this global, where src/shared/i18n.ts looks for it. */
export function installI18nStub(catalogue: Catalogue): void {
  const g = globalThis as unknown as { chrome?: Record<string, unknown> };
  g.chrome ??= {};
  g.chrome.i18n = { getMessage: (key: string, subs: string[] = []) => fillMessage(catalogue, key, subs) };
}
