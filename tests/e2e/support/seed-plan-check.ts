import SQLite from 'better-sqlite3';
import { e2eDatabasePath } from '../../../playwright.config';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { fixturePlan } from './plans';

/**
 * Plans for checking and agreeing, and a look at what the e2e server's database holds afterwards.
 * Plans themselves are seeded with `seedPlan` / `signedInWithPlan` (tests/e2e/support/plans.ts), which
 * run the app's own `insertPlanDocument`.
 */

/**
 * Sarah's plan with one more outcome that works towards no aspiration: one Problem
 * (`outcome-without-aspiration`), and with it two Checks on the same outcome (no need, no provision).
 */
export function brokenPlan(): PlanDocument {
	const sarah = fixturePlan('sarah');
	return {
		...sarah,
		outcomes: [
			...sarah.outcomes,
			{
				id: 'o3',
				text: 'By July 2027, Sarah will order her own lunch at the canteen counter.',
				aspirationIds: [],
				needIds: [],
				targetDate: '2027-07-16',
				successCriteria:
					'Sarah orders her lunch on her own on four days out of five, as seen by the lunchtime supervisor.',
				steps: []
			}
		]
	};
}

function withDatabase<T>(work: (db: SQLite.Database) => T): T {
	const db = new SQLite(e2eDatabasePath, { readonly: true });
	try {
		db.pragma('busy_timeout = 10000');
		return work(db);
	} finally {
		db.close();
	}
}

/** The plan's current version as stored: status and the agreement's record. */
export function currentVersion(planId: string): {
	status: string;
	agreed_by: string | null;
	agreed_at: string | null;
	agreed_with: string | null;
	snapshot: string | null;
} {
	return withDatabase(
		(db) =>
			db
				.prepare(
					'SELECT v.status, v.agreed_by, v.agreed_at, v.agreed_with, v.snapshot FROM plan p JOIN plan_version v ON v.id = p.current_version_id WHERE p.id = ?'
				)
				.get(planId) as {
				status: string;
				agreed_by: string | null;
				agreed_at: string | null;
				agreed_with: string | null;
				snapshot: string | null;
			}
	);
}

/** Every item of the plan's current version, as stored (kind, revision, data), to see that nothing changed. */
export function storedItems(planId: string): Array<{ id: string; kind: string; revision: number; data: string }> {
	return withDatabase(
		(db) =>
			db
				.prepare(
					'SELECT i.id, i.kind, i.revision, i.data FROM plan p JOIN plan_item i ON i.version_id = p.current_version_id WHERE p.id = ? ORDER BY i.kind, i.position, i.id'
				)
				.all(planId) as Array<{ id: string; kind: string; revision: number; data: string }>
	);
}

/** The plan's audit rows, in order. */
export function planAudit(planId: string): Array<{ action: string; account_id: string | null }> {
	return withDatabase(
		(db) =>
			db.prepare('SELECT action, account_id FROM audit_event WHERE plan_id = ? ORDER BY id').all(planId) as Array<{
				action: string;
				account_id: string | null;
			}>
	);
}
