/**
 * Requests answered by Chromium's offscreen document, which hosts the engine workers there (a
 * service worker cannot start workers): types and payload schemas side by side.
 */
import * as v from 'valibot';
import type { AnalyzeReply } from '../messages';
import { MAX_ANALYSED_CHARS } from '../limits';
import { integer, text, type PayloadSchemas } from './schema';

export type OffscreenRequests = {
  /** Run the engine over `text` in a worker, stopped after `budgetMs` (see src/background/engine/). */
  'offscreen/analyze': { req: { text: string; budgetMs: number }; res: AnalyzeReply };
};

export const offscreenSchemas = {
  'offscreen/analyze': v.strictObject({ text: text(MAX_ANALYSED_CHARS), budgetMs: integer(1, 600_000) }),
} satisfies PayloadSchemas<OffscreenRequests>;
