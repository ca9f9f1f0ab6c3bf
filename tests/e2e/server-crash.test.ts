import { expect, test } from '@playwright/test';
import { runServerCrashCycles } from '../integration/support/server-crash-cycles';

test('the built server keeps every confirmed write, its audit row and a sound file through 20 SIGKILLs under writes', async () => {
	test.skip(test.info().project.name !== 'js', 'a server of its own: once is enough');
	// Each cycle starts the server afresh (a second or two) before its writes and the kill.
	test.setTimeout(180_000);
	const report = await runServerCrashCycles(20);
	expect(report.confirmedWrites).toBeGreaterThan(20);
	expect(report).toMatchObject({
		cycles: 20,
		lostWrites: 0,
		missingAuditRows: 0,
		integrityFailures: 0,
		foreignKeyFailures: 0
	});
});
