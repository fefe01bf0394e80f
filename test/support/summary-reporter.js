// Prints one plain closing line, "tests: N passed, N failed, N skipped", that any CI can read.
// Jest reports on stderr; the line goes there (after Jest's own summary) and to stdout.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.stderr.write(`\n${line}`);
    process.stdout.write(line);
  }
}
module.exports = SummaryReporter;
