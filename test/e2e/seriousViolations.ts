import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One accessibility rule broken on the page, with what a reader of the test output needs to find it. */
interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** The offending elements: CSS selector and axe's explanation for each. */
  readonly nodes: ReadonlyArray<{ readonly target: string; readonly message: string }>;
}

/** Runs axe-core on the page as it is now and returns the violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // The interface's Content Security Policy (script-src 'self') blocks the inline <script> that addScriptTag
  // would add; evaluating the source through the DevTools protocol is not subject to it, so the page keeps it.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axe.source);
  // preload: false stops axe fetching the style sheets itself, a request the pages' CSP (rightly) refuses.
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'], preload: false })")) as axe.AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), message: node.failureSummary ?? '' })),
    }));
}
