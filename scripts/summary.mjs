// Prints CI's closing line, "N passed, N failed", totalling every suite's JSON report
// in test-results/. A failing step that ran no test (typecheck, lint, build) counts as
// one failure, so a red run never reads as "0 failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const status = Number(process.argv[3] ?? 0);
const dir = "test-results";
let passed = 0;
let failed = 0;
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".json") && file !== "summary.json")) {
    const report = JSON.parse(readFileSync(join(dir, name), "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites;
  }
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
