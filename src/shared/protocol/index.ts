/**
 * Every request the extension's contexts answer, each with a schema for its payload and a rule
 * for who may send it. `handle()` (../messaging.ts) checks a message against this table before
 * any handler sees it, and answers a clear error for anything else: a malformed message, an
 * unknown type, a sender not allowed, a payload of the wrong shape or size.
 *
 * How to add a request family (e.g. `notes/*`):
 *   1. Declare its types in one map, `{ 'notes/x': { req: Payload; res: Reply } }` (like
 *      BackgroundRequests in ../messages.ts).
 *   2. Write `notes.ts` beside this file: `export const notesSchemas = { 'notes/x': v.strictObject({…}) }
 *      satisfies PayloadSchemas<NotesRequests>`, bounding every string (text(max)), number
 *      (integer(min, max)) and array (v.maxLength) with the limits in ./schema.ts, so that the
 *      compiler insists on a schema for every request and on payloads of the declared types.
 *   3. Add it to PROTOCOLS below with its prefix and who may send it.
 *   4. Register the handlers with `handle<NotesRequests>({ … })`; they receive validated payloads.
 */
import type * as v from 'valibot';
import type { SenderPolicy } from './senders';
import { backgroundSchemas } from './background';
import { contentSchemas } from './content';

export interface Protocol {
  /** Every type of the family starts with it, and no other family's does. */
  prefix: string;
  senders: SenderPolicy;
  schemas: Readonly<Record<string, v.GenericSchema>>;
}

export const PROTOCOLS: readonly Protocol[] = [
  { prefix: 'bg/', senders: 'extension-or-content-script', schemas: backgroundSchemas },
  { prefix: 'page/', senders: 'extension', schemas: contentSchemas },
];
