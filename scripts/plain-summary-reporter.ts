// Ends every vitest run with the plain closing line `N passed, N failed, N skipped` that CI reads.
// Vitest's own summary (`Tests  4 passed | 1 skipped (5)`) is not a recognised closing line.
import type { Reporter, TestModule } from "vitest/node";

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const mod of testModules) {
      // A file that failed to load has no tests but is a failure all the same.
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }
    // A skipped test is a defect here (it cannot fail): the run fails when any test was skipped.
    if (skipped) {
      process.stdout.write(`\n${skipped} test(s) were skipped; skipping is not allowed in this project\n`);
      process.exitCode = 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "") + "\n");
  }
}
