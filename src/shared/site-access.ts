/**
 * The sites the reader enabled, through the browser: an optional host permission per site, and
 * one registered content script (the manifest's own js and css) for every granted site. The
 * background keeps the registration in step with the permissions (src/background/sites.ts); the
 * popup and the options page call the same sync right after a change, so a page works at once.
 */
import browser from './browser';
import { contentScriptHosts } from './protocol/senders';
import { registrationStep, sitesOfPatterns, wantedMatches, type Site } from './sites';

/** The one registration that carries every enabled site. */
const REGISTRATION_ID = 'enabled-sites';

interface ContentScriptFiles {
  js: string[];
  css: string[];
}

/** The manifest's content script hosts (archyde.com): always on, never listed as removable. */
export function builtInPatterns(): string[] {
  return contentScriptHosts(browser.runtime.getManifest());
}

/**
 * The manifest's content script files, so an enabled site gets exactly what archyde.com gets.
 * Firefox's getManifest() gives them as full moz-extension:// URLs, which the scripting API
 * refuses: they are made relative to the extension again.
 */
function contentScriptFiles(): ContentScriptFiles {
  const [first] = browser.runtime.getManifest().content_scripts ?? [];
  const base = browser.runtime.getURL('');
  const relative = (files: string[] | undefined): string[] => (files ?? []).map((f) => (f.startsWith(base) ? f.slice(base.length) : f));
  return { js: relative(first?.js), css: relative(first?.css) };
}

export async function grantedPatterns(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** The sites the reader enabled, by name. */
export async function enabledSites(): Promise<Site[]> {
  return sitesOfPatterns(await grantedPatterns(), builtInPatterns());
}

async function registeredMatches(): Promise<string[] | null> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  return script ? (script.matches ?? []) : null;
}

async function syncOnce(): Promise<void> {
  const step = registrationStep(await registeredMatches(), wantedMatches(await grantedPatterns(), builtInPatterns()));
  if (step.op === 'none') return;
  if (step.op === 'unregister') return browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (step.op === 'update') return browser.scripting.updateContentScripts([{ id: REGISTRATION_ID, matches: step.matches }]);
  const { js, css } = contentScriptFiles();
  return browser.scripting.registerContentScripts([
    { id: REGISTRATION_ID, matches: step.matches, js, css, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}

let queue: Promise<void> = Promise.resolve();

/** Waits before each retry of a failed sync: another context's registration may take this long to show. */
const RETRY_DELAYS_MS = [50, 150, 400, 1000];

/**
 * Makes the registration match the granted permissions. Calls in one context run one after
 * another; the background and a page may still sync at the same moment (both react to one grant:
 * "Duplicate script ID"), so a step that fails is worked out again, a little later, from what is there.
 */
export function syncRegistration(): Promise<void> {
  const run = async (): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await syncOnce();
      } catch (err) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw err;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * The patterns of content scripts the reader enabled: registered by us and still granted. The
 * sender check asks this when a content script writes from a page outside the manifest's hosts.
 */
export async function enabledContentHosts(): Promise<string[]> {
  const [matches, granted] = await Promise.all([registeredMatches(), grantedPatterns()]);
  const ok = new Set(granted);
  return (matches ?? []).filter((p) => ok.has(p));
}

/** Runs the content script in a tab now (a page that was open before its site was enabled). */
export async function injectContentScript(tabId: number): Promise<void> {
  const { js, css } = contentScriptFiles();
  if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** Withdraws a site's permission and its registration. */
export async function disableSite(site: Site): Promise<void> {
  await browser.permissions.remove({ origins: site.patterns });
  await syncRegistration();
}
