// Prints the one closing line CI reads, `N passed, N failed`, from the runners' JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const [, , exitCode = '0'] = process.argv;
let passed = 0;
let failed = 0;
let skipped = 0;

/** @param {string} path */
function read(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

for (const suite of ['unit', 'integration']) {
	const report = read(`tests/.reports/${suite}.json`);
	if (!report) continue;
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	skipped += report.numPendingTests + report.numTodoTests;
}
// The type check ran and passed if the unit tests ran after it.
if (read('tests/.reports/unit.json')) passed += 1;

const e2e = read('tests/.reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
	skipped += e2e.stats.skipped;
}
// A step that failed before writing any report (the type check, the build) still counts as a failure.
if (exitCode !== '0' && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
