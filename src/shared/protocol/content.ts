/** Payload schemas of the requests the content script answers (types: ContentRequests in ../messages.ts). */
import * as v from 'valibot';
import type { ContentRequests, PageCommand } from '../messages';
import { none, type PayloadSchemas } from './schema';

const PAGE_COMMANDS = ['toggle-highlights'] as const satisfies readonly PageCommand[];

export const contentSchemas = {
  'page/status': none,
  'page/command': v.strictObject({ command: v.picklist(PAGE_COMMANDS) }),
  'page/card': none,
  'page/highlights': v.strictObject({ on: v.boolean() }),
  'page/annotation': none,
  'page/article': none,
} satisfies PayloadSchemas<ContentRequests>;
