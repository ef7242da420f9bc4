/**
 * What a listener does with one incoming message: check it against the protocol (shape, type,
 * sender, payload) and run the handler with the validated payload. Browser-free, so it is
 * unit-tested in Node; `handle()` in ../messaging.ts plugs it into runtime.onMessage.
 */
import type { Result } from '../messages';
import { PROTOCOLS, type Protocol } from './index';
import { parsePayload } from './schema';
import { senderRefusal, type SelfIdentity, type Sender } from './senders';

export type AnyHandler = (payload: unknown, sender: Sender) => unknown;

const fail = (error: string): Promise<Result<never>> => Promise.resolve({ ok: false, error });

/** A type as an error quotes it: short, and never markup a page chose at length. */
const quote = (type: string): string => `'${type.length > 80 ? `${type.slice(0, 80)}…` : type}'`;

function protocolOf(type: string, protocols: readonly Protocol[]): Protocol | undefined {
  return protocols.find((p) => type.startsWith(p.prefix));
}

/**
 * The reply to `message` from a listener with `handlers`, or undefined when another listener
 * answers it (a known type this listener does not handle, or a family it does not serve).
 */
export function dispatch(
  message: unknown,
  sender: Sender | undefined,
  handlers: Readonly<Record<string, AnyHandler | undefined>>,
  self: SelfIdentity,
  protocols: readonly Protocol[] = PROTOCOLS,
): Promise<Result<unknown>> | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return fail('malformed message (expected an object { type, payload })');
  const type: unknown = (message as { type?: unknown }).type;
  if (typeof type !== 'string') return fail('malformed message (its type is not a string)');
  const protocol = protocolOf(type, protocols);
  if (!protocol) return fail(`unknown request type ${quote(type)}`);
  const served = Object.keys(handlers).some((t) => t.startsWith(protocol.prefix));
  if (!served) return undefined; // another context's family (e.g. 'page/…' arriving at the background)
  const schema = Object.hasOwn(protocol.schemas, type) ? protocol.schemas[type] : undefined;
  if (!schema) return fail(`unknown request type ${quote(type)}`);
  const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
  if (!handler) return undefined; // another listener of this context answers it
  // The refusal is a promise only for a content script outside the manifest's hosts (the reader's enabled sites are read then).
  return Promise.resolve(senderRefusal(sender, protocol.senders, self)).then((refusal) => {
    if (refusal) return fail(`${type}: ${refusal}`);
    const parsed = parsePayload(schema, (message as { payload?: unknown }).payload);
    if (!parsed.ok) return fail(`${type}: ${parsed.error}`);
    return Promise.resolve()
      .then(() => handler(parsed.value, sender as Sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (err: unknown): Result<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  });
}
