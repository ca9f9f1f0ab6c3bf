import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import { isPostgres } from '$lib/server/db/dialect';
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

/** Every table but those named, as `snapshot` reads them. */
async function snapshotExcept(db: Kysely<Database>, except: readonly string[]) {
	return Object.fromEntries(Object.entries(await snapshot(db)).filter(([table]) => !except.includes(table)));
}

/**
 * Runs `act`, expects its result, and checks that it changed nothing at all (but the tables named in
 * `except`: a sign-in attempt is taken before the check it counts, so it stands whatever follows).
 */
export async function expectWritesNothing(
	db: Kysely<Database>,
	act: () => Promise<unknown>,
	expected: unknown,
	{ except = [] }: { except?: readonly string[] } = {}
) {
	const before = await snapshotExcept(db, except);
	expect(await act()).toEqual(expected);
	expect(await snapshotExcept(db, except)).toEqual(before);
}

/** Runs `act`, expects its result, and checks that all it wrote is one audit row, of `action`. */
export async function expectOnlyAudited(
	db: Kysely<Database>,
	act: () => Promise<unknown>,
	expected: unknown,
	action: string
) {
	const before = await snapshotExcept(db, ['audit_event']);
	const earlier = (await auditRows(db)).length;
	expect(await act()).toEqual(expected);
	expect(await snapshotExcept(db, ['audit_event'])).toEqual(before);
	expect((await auditRows(db)).slice(earlier).map((row) => row.action)).toEqual([action]);
}

/** Makes every audit write fail, as a full disk would, until `mendAuditLog`. */
export async function breakAuditLog(db: Kysely<Database>): Promise<void> {
	if (isPostgres(db)) {
		await sql`CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$;
			CREATE TRIGGER audit_broken BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_broken()`.execute(db);
	} else {
		await sql`CREATE TRIGGER audit_broken BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`.execute(
			db
		);
	}
}

export async function mendAuditLog(db: Kysely<Database>): Promise<void> {
	await sql`DROP TRIGGER audit_broken${isPostgres(db) ? sql` ON audit_event` : sql``}`.execute(db);
}

/**
 * Makes every audit write fail from now on, as a full disk would, then checks that `act` fails and leaves
 * everything as it was: its change and its audit row are written in one transaction, or not at all. A
 * sign-in attempt is taken before the check it counts (`except: ['sign_in_attempt']`), so it stands.
 */
export async function expectUndoneWithoutAuditRow(
	db: Kysely<Database>,
	act: () => Promise<unknown>,
	{ except = [] }: { except?: readonly string[] } = {}
) {
	await breakAuditLog(db);
	const before = await snapshotExcept(db, except);
	await expect(act()).rejects.toThrow('audit log unavailable');
	expect(await snapshotExcept(db, except)).toEqual(before);
}
