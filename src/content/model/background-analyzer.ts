/**
 * The page's analyzer: a typed request to the background, which holds the entity model
 * (see src/background/analysis.ts for why the engine runs there).
 */
import { NoAnswerError, sendToBackground } from '../../shared/messaging';
import { retrying } from '../../shared/retry';
import { UPLOAD_INCOMPLETE, type AnalyzeReply } from '../../shared/messages';
import { splitText } from '../../shared/text-parts';

/** How the caller's slicing wraps the sending: the page's thread does that work, not the background. */
interface SendHooks {
  /** Awaited between a long text's parts when it returns a promise (the caller's slice is used up). */
  pause(): Promise<void> | void;
  /** Called once the whole text is handed to the browser; what follows is waiting. */
  sent(): void;
}

/** Analyses an article's text; resolves with the entities and where the time went. */
export type PageAnalyzer = (text: string, hooks: SendHooks) => Promise<AnalyzeReply>;

/**
 * A content script that starts with the extension (injected into open tabs on install or
 * update) or with a service worker that is still starting may ask before the background
 * listens: it asks again, up to 2.1 s later in all, before the pass gives up. An upload the
 * background lost part of (its worker restarted in between) is sent again too.
 */
const RETRY_DELAYS_MS = [100, 400, 1600];
const retryable = (err: unknown): boolean => err instanceof NoAnswerError || (err instanceof Error && err.message.startsWith(UPLOAD_INCOMPLETE));

let uploads = 0;

/** One attempt: a short text in one message; a long one in parts, one slice of work at a time, then the request that names them. */
async function send(text: string, hooks: SendHooks): Promise<AnalyzeReply> {
  const parts = splitText(text);
  if (parts.length <= 1) {
    const reply = sendToBackground('bg/analyze', { text });
    hooks.sent();
    return reply;
  }
  const upload = `${Date.now().toString(36)}-${++uploads}`;
  const received: Promise<null>[] = [];
  for (const [index, part] of parts.entries()) {
    if (index > 0) await hooks.pause();
    const ack = sendToBackground('bg/upload', { upload, index, part });
    ack.catch(() => undefined); // awaited below, with the others; not an unhandled rejection meanwhile
    received.push(ack);
  }
  hooks.sent();
  await Promise.all(received);
  return sendToBackground('bg/analyze', { upload, parts: parts.length });
}

export const backgroundAnalyzer: PageAnalyzer = (text, hooks) => retrying(() => send(text, hooks), RETRY_DELAYS_MS, retryable);
