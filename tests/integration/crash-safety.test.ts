import { expect, it } from 'vitest';
import { runCrashCycles } from './support/crash-cycles';

it('keeps every confirmed write and a sound file through 20 SIGKILLs of a writer', async () => {
	const report = await runCrashCycles(20);
	expect(report.confirmedWrites).toBeGreaterThan(20);
	expect(report).toMatchObject({ cycles: 20, lostWrites: 0, integrityFailures: 0, foreignKeyFailures: 0 });
}, 180_000);
