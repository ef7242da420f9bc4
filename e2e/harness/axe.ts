/**
 * axe-core in the pages under test. axe's source is handed over as the body of the evaluated
 * function (built here in Node): extension pages forbid eval, but what the test driver evaluates
 * is not subject to the page's CSP, so the same path works in web pages and extension pages, in
 * both browsers. axe reads open shadow roots, never closed ones (see the card's dev page for its
 * interior).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TabDriver } from './types';

/** An axe-core finding, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

export interface AxeScope {
  /** CSS selectors of the subtrees to check (axe's context `include`); the whole document when absent. */
  include?: string[];
  /** Only these impacts count (e.g. serious and critical); every impact when absent. */
  impacts?: string[];
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | null = null;

/** Runs axe-core in `tab` and returns its violations within `scope`. */
export async function axeViolations(tab: TabDriver, scope: AxeScope = {}): Promise<AxeViolation[]> {
  source ??= readFileSync(AXE_SOURCE, 'utf8');
  const run = new Function(
    'scope',
    `${source}
;const context = scope.include ? { include: scope.include.map((s) => [s]) } : document;
return window.axe.run(context, { resultTypes: ['violations'] }).then((r) => r.violations
  .filter((v) => !scope.impacts || scope.impacts.includes(v.impact))
  .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target) + ': ' + n.failureSummary) })));`,
  ) as (scope: AxeScope) => Promise<AxeViolation[]>;
  return tab.evaluate(run, scope);
}
