import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '$lib/server/db/record-audit';
import { recordAuditGrouped } from '$lib/server/db/audit-group-commit';
import { openDatabaseAt, type DatabaseHandle } from '$lib/server/db/open-database';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let counted: DatabaseHandle;
let inserts: number;

beforeEach(async () => {
	temp = await createTempDatabase();
	await temp.db
		.insertInto('organisation')
		.values({ id: 'org', name: 'Riverside Academy', kind: 'school', created_at: '2026-11-22T09:00:00Z' })
		.execute();
	inserts = 0;
	counted = openDatabaseAt(temp.location, {
		log: (event) => void (event.level === 'query' && event.query.sql.startsWith('insert') && inserts++)
	});
});
afterEach(async () => {
	await counted.close();
	await temp.dispose();
});

const viewed = (index: number, organisation_id = 'org'): AuditEvent => ({
	organisation_id,
	account_id: `account-${index}`,
	plan_id: `plan-${index}`,
	action: 'plan.viewed',
	item: null,
	ip: '192.0.2.1'
});

const rows = () =>
	temp.db.selectFrom('audit_event').select(['account_id', 'plan_id', 'action', 'at']).orderBy('id').execute();

describe('recordAuditGrouped', () => {
	it('writes the rows that arrive in one turn with one insert, each row its own, committed before it answers', async () => {
		await Promise.all(Array.from({ length: 20 }, (_, index) => recordAuditGrouped(counted.db, viewed(index))));
		expect(inserts).toBe(1);
		const written = await rows();
		expect(written.map((row) => row.account_id)).toEqual(Array.from({ length: 20 }, (_, index) => `account-${index}`));
		expect(written.every((row) => row.action === 'plan.viewed' && /^\d{4}-\d\d-\d\dT/.test(row.at))).toBe(true);
	});

	it('has a row in the table as soon as its promise settles, read from another connection', async () => {
		await recordAuditGrouped(counted.db, viewed(1));
		expect(await rows()).toHaveLength(1);
		await recordAuditGrouped(counted.db, viewed(2));
		expect(await rows()).toHaveLength(2);
		expect(inserts).toBe(2);
	});

	it('splits a very large turn into inserts of at most 500 rows', async () => {
		await Promise.all(Array.from({ length: 1_100 }, (_, index) => recordAuditGrouped(counted.db, viewed(index))));
		expect(inserts).toBe(3);
		expect(await rows()).toHaveLength(1_100);
	});

	it('fails only the row that cannot be written: the others in its turn are still recorded', async () => {
		const results = await Promise.allSettled([
			recordAuditGrouped(counted.db, viewed(1)),
			recordAuditGrouped(counted.db, viewed(2, 'no-such-organisation')),
			recordAuditGrouped(counted.db, viewed(3))
		]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
		expect((await rows()).map((row) => row.account_id)).toEqual(['account-1', 'account-3']);
	});
});
