/**
 * Opens the popup for a given article tab. A popup opened as a tab cannot use "the active tab",
 * so it is opened as popup.html?tab=<id> (the query parameter the popup supports for this case).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ContentMessenger } from './messages';
import type { ExtensionBrowser, TabDriver } from './types';

export async function openPopupFor(ext: ExtensionBrowser, articleUrl: string): Promise<TabDriver> {
  const probe = await ContentMessenger.open(ext);
  try {
    return await ext.openExtensionPage(`popup.html?tab=${await probe.tabId(articleUrl)}`);
  } finally {
    await probe.close();
  }
}

/** An axe-core finding, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core in `tab` and returns its serious and critical violations. axe's source is handed
 * over as the body of the evaluated function (built here in Node): extension pages forbid eval,
 * but what the test driver evaluates is not subject to the page's CSP. The same path works in
 * both browsers, and axe reads open shadow roots (the popup's card).
 */
export async function seriousAxeViolations(tab: TabDriver): Promise<AxeViolation[]> {
  const source = readFileSync(AXE_SOURCE, 'utf8');
  const run = new Function(
    `${source}
;return window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target) + ': ' + n.failureSummary) })));`,
  ) as () => Promise<AxeViolation[]>;
  return tab.evaluate(run);
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
