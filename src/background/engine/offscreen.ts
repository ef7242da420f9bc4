/**
 * Entry of Chromium's offscreen document (dist/offscreen.js): it exists only to start engine
 * workers, which a service worker cannot (see ./isolated.ts). It answers the background only.
 */
import browser from '../../shared/browser';
import { handle } from '../../shared/messaging';
import type { OffscreenRequests } from '../../shared/protocol/offscreen';
import { ISOLATED_CONCURRENCY } from './limits';
import { WorkerPool, WORKER_SCRIPT } from './worker-pool';

const pool = new WorkerPool(browser.runtime.getURL(WORKER_SCRIPT), ISOLATED_CONCURRENCY);

handle<OffscreenRequests>({
  'offscreen/analyze': ({ text, budgetMs }) => pool.run(text, budgetMs),
});
