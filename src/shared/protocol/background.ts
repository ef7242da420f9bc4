/** Payload schemas of the requests the background answers (types: BackgroundRequests in ../messages.ts). */
import * as v from 'valibot';
import type { BackgroundRequests } from '../messages';
import { MAX_ANALYSED_CHARS } from '../limits';
import { PART_CHARS } from '../text-parts';
import { integer, none, text, type PayloadSchemas } from './schema';

/** Parts of one upload: the longest text the page sends, cut at PART_CHARS or one less (a surrogate pair is never split). */
export const MAX_UPLOAD_PARTS = Math.ceil(MAX_ANALYSED_CHARS / (PART_CHARS - 1));
/** An upload's name, chosen by the page (e.g. "lq3k8x-2"). */
const MAX_UPLOAD_NAME_CHARS = 64;

const uploadName = text(MAX_UPLOAD_NAME_CHARS, 1);

const analyzeText = v.strictObject({ text: text(MAX_ANALYSED_CHARS) });
const analyzeUpload = v.strictObject({ upload: uploadName, parts: integer(1, MAX_UPLOAD_PARTS) });

export const backgroundSchemas = {
  // Either form: the object's keys choose the schema, so a bad field gets its own error rather than "matches neither".
  'bg/analyze': v.lazy((input) => (typeof input === 'object' && input !== null && 'upload' in input ? analyzeUpload : analyzeText)),
  'bg/upload': v.strictObject({ upload: uploadName, index: integer(0, MAX_UPLOAD_PARTS - 1), part: text(PART_CHARS, 1) }),
  'bg/settings': none,
  'bg/activity': none,
} satisfies PayloadSchemas<BackgroundRequests>;
