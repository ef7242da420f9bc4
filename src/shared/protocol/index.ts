/**
 * Every request the extension's contexts answer, each with a schema for its payload and a rule
 * for who may send it. `handle()` (../messaging.ts) checks a message against this table before
 * any handler sees it, and answers a clear error for anything else: a malformed message, an
 * unknown type, a sender not allowed, a payload of the wrong shape or size.
 *
 * How to add a request family (e.g. `notes/*`):
 *   1. Write `notes.ts` beside this file (./offscreen.ts is a small example): the types in one
 *      map, `export type NotesRequests = { 'notes/x': { req: Payload; res: Reply } }`, and
 *      `export const notesSchemas = { 'notes/x': v.strictObject({…}) } satisfies
 *      PayloadSchemas<NotesRequests>`, bounding every string (text(max)), number (integer(min,
 *      max)) and array (v.maxLength) with the helpers in ./schema.ts. The compiler then insists
 *      on a schema for every request, whose output is the declared payload type.
 *   2. Add it to PROTOCOLS below with its prefix and who may send it.
 *   3. Register the handlers with `handle<NotesRequests>({ … })`; they receive validated payloads.
 */
import type * as v from 'valibot';
import type { SenderPolicy } from './senders';
import { backgroundSchemas } from './background';
import { contentSchemas } from './content';
import { offscreenSchemas } from './offscreen';
import { NotesRequestSchemas } from './notes';

export interface Protocol {
  /** Every type of the family starts with it, and no other family's does. */
  prefix: string;
  senders: SenderPolicy;
  schemas: Readonly<Record<string, v.GenericSchema>>;
}

export const PROTOCOLS: readonly Protocol[] = [
  { prefix: 'bg/', senders: 'extension-or-content-script', schemas: backgroundSchemas },
  { prefix: 'page/', senders: 'extension', schemas: contentSchemas },
  { prefix: 'offscreen/', senders: 'extension', schemas: offscreenSchemas },
  // Content scripts may save and read their own site's notes; the handlers narrow further (src/background/notes/handlers.ts).
  { prefix: 'notes/', senders: 'extension-or-content-script', schemas: NotesRequestSchemas },
];
