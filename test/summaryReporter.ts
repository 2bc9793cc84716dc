import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI log reader understands. A file
 * that failed with no failed test (a failing beforeAll, such as a browser that cannot start) is added to it, so
 * that the line never reads as a success when the run was not.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let brokenFiles = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') counts[state] += 1;
      }
      if (module.state() === 'failed' && module.children.allTests('failed').next().done) brokenFiles += 1;
    }
    const broken = brokenFiles > 0 ? `, files with errors outside their tests: ${brokenFiles}` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${broken}\n`);
  }
}
