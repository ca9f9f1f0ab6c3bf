import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '$lib/server/db/schema';
import { snapshot } from '../../unit/interchange/support';

/** The audit rows recorded, oldest first, with the columns a test checks. */
export async function auditRows(db: Kysely<Database>) {
	return db
		.selectFrom('audit_event')
		.select(['organisation_id', 'account_id', 'plan_id', 'action', 'item', 'ip'])
		.orderBy('id')
		.execute();
}

/** Runs `act`, expects its result, and checks that it changed nothing at all. */
export async function expectWritesNothing(db: Kysely<Database>, act: () => Promise<unknown>, expected: unknown) {
	const before = await snapshot(db);
	expect(await act()).toEqual(expected);
	expect(await snapshot(db)).toEqual(before);
}

/**
 * Makes every audit write fail from now on, as a full disk would, then checks that `act` fails and leaves
 * everything as it was: its change and its audit row are written in one transaction, or not at all.
 */
export async function expectUndoneWithoutAuditRow(db: Kysely<Database>, act: () => Promise<unknown>) {
	await sql`CREATE TRIGGER audit_broken BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`.execute(
		db
	);
	const before = await snapshot(db);
	await expect(act()).rejects.toThrow('audit log unavailable');
	expect(await snapshot(db)).toEqual(before);
}
