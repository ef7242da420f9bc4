/** Payload schemas of the requests the content script answers (types: ContentRequests in ../messages.ts). */
import * as v from 'valibot';
import type { ContentRequests, PageCommand } from '../messages';
import { none, type PayloadSchemas } from './schema';

const PAGE_COMMANDS = ['toggle-highlights', 'add-note'] as const satisfies readonly PageCommand[];

export const contentSchemas = {
  'page/status': none,
  'page/command': v.strictObject({ command: v.picklist(PAGE_COMMANDS) }),
  'page/card': none,
  'page/highlights': v.strictObject({ on: v.boolean() }),
  'page/annotation': none,
  'page/article': none,
  'page/entities': none,
  'page/reveal': v.strictObject({
    entityId: v.pipe(v.string(), v.maxLength(200)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
  'page/notes': none,
  'page/noteLayer': none,
  'page/revealNote': v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a lower-case UUID')),
  }),
  'page/stop': none,
} satisfies PayloadSchemas<ContentRequests>;
