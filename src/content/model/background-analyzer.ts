/**
 * The page's analyzer: a typed request to the background, which holds the entity model
 * (see src/background/analysis.ts for why the engine runs there).
 */
import { NoAnswerError, sendToBackground } from '../../shared/messaging';
import { retrying } from '../../shared/retry';
import type { AnalyzeReply } from '../../shared/messages';

/** Analyses an article's text; resolves with the entities and where the time went. */
export type PageAnalyzer = (text: string) => Promise<AnalyzeReply>;

/**
 * A content script that starts with the extension (injected into open tabs on install or
 * update) or with a service worker that is still starting may ask before the background
 * listens: it asks again, up to 2.1 s later in all, before the pass gives up.
 */
const RETRY_DELAYS_MS = [100, 400, 1600];

export const backgroundAnalyzer: PageAnalyzer = (text) =>
  retrying(() => sendToBackground('bg/analyze', { text }), RETRY_DELAYS_MS, (err) => err instanceof NoAnswerError);
