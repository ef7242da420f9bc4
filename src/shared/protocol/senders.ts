/**
 * Who may send which request. Every request must come from this extension; requests to the
 * background may also come from our content scripts, which the browser vouches for by the URL of
 * the frame that sent them (it is set by the browser, not by the script): only pages on the hosts
 * we run on. A renderer of any other page (compromised, or a content script we never injected)
 * cannot speak for the extension.
 */
import { matchesPattern } from './match-pattern';

/** What a listener knows about a message's sender (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  /** Chromium: the sender's origin, e.g. "chrome-extension://<id>". */
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Extension pages and the background only; or those and our content scripts on the hosts we run on. */
export type SenderPolicy = 'extension' | 'extension-or-content-script';

/** The running extension, as the sender check needs it (browser.runtime in the extension, a stub in tests). */
export interface SelfIdentity {
  id: string;
  /** The extension's own origin with a trailing slash, runtime.getURL(''). */
  baseUrl: string;
  /** Match patterns of the pages our content scripts may speak from (see contentScriptHosts). */
  contentHosts(): readonly string[];
  /**
   * Match patterns of the sites the reader enabled: our content script registered there and its
   * host permission granted (src/shared/site-access.ts). Asked only for a page outside contentHosts.
   */
  enabledHosts?(): Promise<readonly string[]>;
}

/** The match patterns of the pages our content script runs on by the manifest (the reader's enabled sites come on top: enabledHosts). */
export function contentScriptHosts(manifest: { content_scripts?: { matches?: string[] }[] }): string[] {
  return (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

/** Why `sender` may not send under `policy`, or null when it may (a promise when the reader's enabled sites had to be read). */
export function senderRefusal(sender: Sender | undefined, policy: SenderPolicy, self: SelfIdentity): string | null | Promise<string | null> {
  if (!sender || sender.id !== self.id) return `sender not allowed (not this extension: ${JSON.stringify(sender?.id ?? null)})`;
  const url = sender.url ?? '';
  if (url.startsWith(self.baseUrl) || (!url && !sender.tab && sender.origin && `${sender.origin}/` === self.baseUrl)) return null; // one of our pages, or the background
  if (policy === 'extension') return `sender not allowed (only the extension's own pages may ask this; got ${describeUrl(url)})`;
  if (!sender.tab) return `sender not allowed (neither an extension page nor a content script: ${describeUrl(url)})`;
  if (self.contentHosts().some((p) => matchesPattern(p, url))) return null;
  const refusal = `sender not allowed (a page we do not run on: ${describeUrl(url)})`;
  if (!self.enabledHosts) return refusal;
  return self.enabledHosts().then(
    (hosts) => (hosts.some((p) => matchesPattern(p, url)) ? null : refusal),
    () => refusal,
  );
}

/** The URL as an error shows it: its origin and path, never a long query the page chose. */
function describeUrl(url: string): string {
  if (!url) return 'no URL';
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.slice(0, 200);
  } catch {
    return 'an invalid URL';
  }
}
