import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One accessibility rule broken on the page, with what a reader of the test output needs to find it. */
export interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** The offending elements: CSS selector and axe's explanation for each. */
  readonly nodes: ReadonlyArray<{ readonly target: string; readonly message: string }>;
}

interface AxeResults {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

/** Runs axe-core on the page as it is now and returns the violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ path: axePath });
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), message: node.failureSummary ?? '' })),
    }));
}
