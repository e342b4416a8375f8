import { mkdirSync, writeFileSync } from 'node:fs';

/** Counts test results so `npm test` can end with a plain `N passed, N failed` line (wtr's own is coloured). */
export function summaryReporter(file = '.cache/wtr-summary.json') {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && session.errors?.length) totals.failed += 1;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
