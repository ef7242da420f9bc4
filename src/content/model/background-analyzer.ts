/**
 * The page's analyzer: a typed request to the background, which holds the entity model
 * (see src/background/analysis.ts for why the engine runs there).
 */
import { sendToBackground } from '../../shared/messaging';
import type { AnalyzeReply } from '../../shared/messages';

/** Analyses an article's text; resolves with the entities and where the time went. */
export type PageAnalyzer = (text: string) => Promise<AnalyzeReply>;

export const backgroundAnalyzer: PageAnalyzer = (text) => sendToBackground('bg/analyze', { text });
