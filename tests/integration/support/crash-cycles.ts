import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/lib/server/db/database';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { migrationProvider } from '../../../src/lib/server/db/migrations';
import { startChildWriter } from './child-writer';

export interface CrashReport {
	cycles: number;
	confirmedWrites: number;
	lostWrites: number;
	integrityFailures: number;
	foreignKeyFailures: number;
}

/**
 * Kills a writer with SIGKILL at random moments, `cycles` times, reopening the file after each kill:
 * every confirmed write must still be there, and the file must pass SQLite's own checks.
 */
export async function runCrashCycles(cycles: number, random: () => number = Math.random): Promise<CrashReport> {
	const folder = mkdtempSync(join(tmpdir(), 'golden-thread-crash-'));
	const path = join(folder, 'crash.db');
	const setup = openDatabase(path);
	await migrateToLatest(setup.db, migrationProvider);
	await setup.close();

	const report: CrashReport = {
		cycles,
		confirmedWrites: 0,
		lostWrites: 0,
		integrityFailures: 0,
		foreignKeyFailures: 0
	};
	const confirmed: string[] = [];
	try {
		for (let cycle = 0; cycle < cycles; cycle++) {
			const writer = startChildWriter(path);
			await writer.waitFor(1);
			await new Promise((resolve) => setTimeout(resolve, 5 + random() * 120));
			await writer.kill();
			confirmed.push(...writer.confirmed);

			const check = new SQLite(path);
			try {
				if (check.pragma('integrity_check', { simple: true }) !== 'ok') report.integrityFailures++;
				if ((check.pragma('foreign_key_check') as unknown[]).length > 0) report.foreignKeyFailures++;
				const present = new Set(
					(check.prepare('SELECT id FROM organisation').all() as Array<{ id: string }>).map((row) => row.id)
				);
				const audited = new Set(
					(check.prepare('SELECT organisation_id FROM audit_event').all() as Array<{ organisation_id: string }>).map(
						(row) => row.organisation_id
					)
				);
				report.lostWrites = confirmed.filter((id) => !present.has(id) || !audited.has(id)).length;
			} finally {
				check.close();
			}
		}
		report.confirmedWrites = confirmed.length;
		return report;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
