// Prints `N passed, N failed` as the run's very last line, for CI to read. The default
// reporter never prints such a line; printing at exit keeps it after everything else.
export function summaryLine() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load or errored outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      process.once('exit', () => {
        process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}
