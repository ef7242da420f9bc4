/**
 * Typed send/handle over runtime messaging. `handle` must be called synchronously at the top
 * level of a context's entry point, so that a service worker woken by a message finds its listener.
 */
import browser from './browser';
import type { BackgroundAnswers, ContentRequests, Handlers, RequestMap, Result } from './messages';
import { dispatch, type AnyHandler } from './protocol/dispatch';
import { contentScriptHosts, type SelfIdentity, type Sender } from './protocol/senders';
import { enabledContentHosts } from './site-access';

/** Nothing answered the request (no listener yet, or the extension went away), as opposed to an error its handler reported. */
export class NoAnswerError extends Error {}

function unwrap<T>(result: Result<T> | undefined, type: string): T {
  if (!result) throw new NoAnswerError(`No reply to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Ask the background something. */
export async function sendToBackground<K extends keyof BackgroundAnswers & string>(
  type: K,
  payload: BackgroundAnswers[K]['req'],
): Promise<BackgroundAnswers[K]['res']> {
  let reply: Result<BackgroundAnswers[K]['res']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Result<BackgroundAnswers[K]['res']> | undefined;
  } catch (err) {
    throw new NoAnswerError(err instanceof Error ? err.message : String(err)); // e.g. "Receiving end does not exist"
  }
  return unwrap(reply, type);
}

/**
 * Ask the content script in a tab something (in one frame of it when `frameId` is given; else every
 * frame gets it and the first answer wins). Rejects when no content script runs there.
 */
export async function sendToTab<K extends keyof ContentRequests & string>(
  tabId: number,
  type: K,
  payload: ContentRequests[K]['req'],
  options: { frameId?: number } = {},
): Promise<ContentRequests[K]['res']> {
  const message = { type, payload };
  const reply = (await (options.frameId === undefined
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId: options.frameId }))) as Result<ContentRequests[K]['res']>;
  return unwrap(reply, type);
}

let self: SelfIdentity | null = null;
/** This extension as the sender check sees it (read once per context). */
function selfIdentity(): SelfIdentity {
  if (!self) {
    let hosts: string[] | null = null;
    self = {
      id: browser.runtime.id,
      baseUrl: browser.runtime.getURL(''),
      contentHosts: () => (hosts ??= contentScriptHosts(browser.runtime.getManifest())),
      // Read at each message, never cached: a site the reader just disabled must be refused at once.
      enabledHosts: enabledContentHosts,
    };
  }
  return self;
}

/**
 * Register handlers for some of the requests of one map (each feature registers its own).
 * Every message is checked first (src/shared/protocol): its shape, its type, its sender and its
 * payload against the type's schema, and anything wrong is answered with a clear error, so a
 * handler only ever sees a validated payload from a sender allowed to send it. Known types this
 * listener does not handle, and other contexts' request families, are left for other listeners.
 * Returns a function that removes the listener.
 */
export function handle<M extends RequestMap>(handlers: Partial<Handlers<M>>): () => void {
  const table = handlers as Record<string, AnyHandler | undefined>;
  const listener = (message: unknown, sender: Sender): Promise<Result<unknown>> | undefined => dispatch(message, sender, table, selfIdentity());
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
