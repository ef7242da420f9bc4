/**
 * Typed send/handle over runtime messaging. `handle` must be called synchronously at the top
 * level of a context's entry point, so that a service worker woken by a message finds its listener.
 */
import browser, { type Runtime } from './browser';
import {
  isEnvelope,
  type BackgroundRequests,
  type ContentRequests,
  type Handlers,
  type RequestMap,
  type Result,
} from './messages';

/** Nothing answered the request (no listener yet, or the extension went away), as opposed to an error its handler reported. */
export class NoAnswerError extends Error {}

function unwrap<T>(result: Result<T> | undefined, type: string): T {
  if (!result) throw new NoAnswerError(`No reply to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Ask the background something. */
export async function sendToBackground<K extends keyof BackgroundRequests & string>(
  type: K,
  payload: BackgroundRequests[K]['req'],
): Promise<BackgroundRequests[K]['res']> {
  let reply: Result<BackgroundRequests[K]['res']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Result<BackgroundRequests[K]['res']> | undefined;
  } catch (err) {
    throw new NoAnswerError(err instanceof Error ? err.message : String(err)); // e.g. "Receiving end does not exist"
  }
  return unwrap(reply, type);
}

/** Ask the content script in a tab something. Rejects when no content script runs there. */
export async function sendToTab<K extends keyof ContentRequests & string>(
  tabId: number,
  type: K,
  payload: ContentRequests[K]['req'],
): Promise<ContentRequests[K]['res']> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Result<ContentRequests[K]['res']>;
  return unwrap(reply, type);
}

/**
 * Register handlers for some of the requests of one map (each feature registers its own).
 * Messages that are not ours, or types this listener does not handle, are left for other
 * listeners (the listener returns undefined).
 * Returns a function that removes the listener.
 */
export function handle<M extends RequestMap>(handlers: Partial<Handlers<M>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const fn = (handlers as Record<string, ((p: unknown, s: unknown) => unknown) | undefined>)[message.type];
    if (!fn) return undefined;
    return Promise.resolve()
      .then(() => fn(message.payload, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (err: unknown): Result<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
