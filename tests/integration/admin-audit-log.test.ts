import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditAction } from '$lib/audit-action-labels';
import { auditActions, auditPageSize, readAuditLog } from '$lib/server/db/audit-log';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
const at = (minute: number) => new Date(Date.UTC(2027, 2, 14, 9, minute)).toISOString();

beforeEach(async () => {
	temp = await createTempDatabase();
	const db = temp.db;
	for (const id of ['org-a', 'org-b'])
		await db
			.insertInto('organisation')
			.values({ id, name: id, kind: 'school', created_at: at(0) })
			.execute();
	for (const [id, organisation_id, name] of [
		['alice', 'org-a', 'Alice Admin'],
		['bob', 'org-a', 'Bob Teacher'],
		['zed', 'org-b', 'Zed Stranger']
	] as const) {
		await db
			.insertInto('account')
			.values({
				id,
				email: `${id}@example.org`,
				name,
				password_hash: 'x',
				organisation_id,
				role: 'admin',
				totp_key: null,
				totp_last_counter: null,
				disabled_at: null,
				created_at: at(0)
			})
			.execute();
	}
});
afterEach(async () => {
	await temp.dispose();
});

async function event(
	organisation_id: string,
	account_id: string | null,
	action: AuditAction,
	minute: number,
	item: string | null = null
) {
	await temp.db
		.insertInto('audit_event')
		.values({ at: at(minute), organisation_id, account_id, plan_id: null, action, item, ip: '192.0.2.1' })
		.execute();
}

describe('readAuditLog', () => {
	it('returns only the organisation’s rows, newest first, with who did each', async () => {
		await event('org-a', 'alice', 'sign-in', 1);
		await event('org-a', 'bob', 'sign-in', 3);
		await event('org-b', 'zed', 'sign-in', 2);
		await event('org-a', null, 'sign-in.failed', 2);
		const { rows, total } = await readAuditLog(temp.db, 'org-a', {}, 1);
		expect(total).toBe(3);
		expect(rows.map((row) => [row.account_name, row.action])).toEqual([
			['Bob Teacher', 'sign-in'],
			[null, 'sign-in.failed'],
			['Alice Admin', 'sign-in']
		]);
	});

	it('filters by person, action and dates (both ends included), each alone or together', async () => {
		await event('org-a', 'alice', 'member.invited', 1, 'inv-1');
		await event('org-a', 'bob', 'sign-in', 2);
		await event('org-a', 'alice', 'sign-in', 3);
		await temp.db
			.insertInto('audit_event')
			.values({
				at: '2027-03-15T00:00:00.000Z',
				organisation_id: 'org-a',
				account_id: 'alice',
				plan_id: null,
				action: 'sign-in',
				item: null,
				ip: null
			})
			.execute();

		expect((await readAuditLog(temp.db, 'org-a', { accountId: 'alice' }, 1)).total).toBe(3);
		expect((await readAuditLog(temp.db, 'org-a', { action: 'sign-in' }, 1)).total).toBe(3);
		expect((await readAuditLog(temp.db, 'org-a', { accountId: 'alice', action: 'sign-in' }, 1)).total).toBe(2);
		expect((await readAuditLog(temp.db, 'org-a', { from: '2027-03-14', to: '2027-03-14' }, 1)).total).toBe(3);
		expect((await readAuditLog(temp.db, 'org-a', { from: '2027-03-15' }, 1)).total).toBe(1);
		expect((await readAuditLog(temp.db, 'org-a', { to: '2027-03-13' }, 1)).total).toBe(0);
		// Another organisation's person filters to nothing rather than showing their rows.
		expect((await readAuditLog(temp.db, 'org-a', { accountId: 'zed' }, 1)).total).toBe(0);
	});

	it('pages 50 rows at a time and counts them all', async () => {
		for (let minute = 0; minute < 120; minute++) await event('org-a', 'alice', 'sign-in', minute % 60, `n${minute}`);
		const first = await readAuditLog(temp.db, 'org-a', {}, 1);
		const third = await readAuditLog(temp.db, 'org-a', {}, 3);
		const beyond = await readAuditLog(temp.db, 'org-a', {}, 4);
		expect(auditPageSize).toBe(50);
		expect(first.rows).toHaveLength(50);
		expect(third.rows).toHaveLength(20);
		expect(beyond.rows).toHaveLength(0);
		expect(first.total).toBe(120);
		const ids = new Set(
			[...first.rows, ...(await readAuditLog(temp.db, 'org-a', {}, 2)).rows, ...third.rows].map((row) => row.id)
		);
		expect(ids.size).toBe(120);
	});
});

describe('auditActions', () => {
	it('lists each action the organisation’s log holds once, in order', async () => {
		await event('org-a', 'alice', 'sign-in', 1);
		await event('org-a', 'alice', 'sign-in', 2);
		await event('org-a', 'alice', 'member.invited', 3);
		await event('org-b', 'zed', 'password.changed', 3);
		expect(await auditActions(temp.db, 'org-a')).toEqual(['member.invited', 'sign-in']);
	});
});
