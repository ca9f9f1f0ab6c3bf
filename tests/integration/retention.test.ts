import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, StaffAccount } from '$lib/server/actor';
import { createSession } from '$lib/server/auth/session';
import { cancelChildDeletion, scheduleChildDeletion } from '$lib/server/children/deletion-date';
import { setClock } from '$lib/server/clock/clock';
import { childKeys } from '$lib/server/db/child-records';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { insertPlanDocument, type CreatedPlan } from '$lib/server/db/plan-create';
import { deleteDueRecords } from '$lib/server/retention/delete-due-records';
import { fixture, seedOrganisation, snapshot, today } from '../unit/interchange/support';
import { seedAccount, staffAccount } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, breakAuditLog, mendAuditLog } from './support/audit';
import { runRetentionInProcesses } from './support/retention-runners';

let temp: TempAppDatabase;
let org: { organisationId: string; accountId: string };
let admin: Actor<StaffAccount>;

beforeEach(async () => {
	temp = await startTempAppDatabase();
	org = await seedOrganisation(temp.db, 'riverside');
	await seedAccount(temp.db, { id: 'ada', organisationId: org.organisationId, role: 'admin' });
	admin = { account: await staffAccount(temp.db, 'ada'), ip: '192.0.2.7' };
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

/** Moves the clock to a moment, given in UTC. */
function at(moment: string) {
	setClock(() => new Date(moment));
}

/** A child born on `dateOfBirth`, with one plan (Sarah's); or a second plan for a child already stored. */
function seedChild(dateOfBirth: string, childId?: string): Promise<CreatedPlan> {
	const document = fixture('sarah');
	document.child.dateOfBirth = dateOfBirth;
	return temp.db.transaction().execute((trx) =>
		insertPlanDocument(trx, {
			organisationId: org.organisationId,
			accountId: org.accountId,
			document,
			today,
			childId
		})
	);
}

const exists = async (childId: string) => (await childKeys(temp.db, org.organisationId, childId)) !== undefined;

/** The audit row the job writes for a child it deleted: the child's id, no account, no address. */
const deletedRow = (childId: string, action: 'child.deleted.retention' | 'child.deleted.scheduled') => ({
	organisation_id: org.organisationId,
	account_id: null,
	plan_id: null,
	action,
	item: `child:${childId}`,
	ip: null
});

describe('records kept until the 31st birthday', () => {
	it('keeps a child’s records the day before their 31st birthday and deletes them on it, by the date in the UK', async () => {
		const sarah = await seedChild('2012-10-03');
		const younger = await seedChild('2012-10-04');
		// 23:59 on 2 October 2043 in London (British Summer Time): the day before.
		at('2043-10-02T22:59:00Z');
		expect(await deleteDueRecords()).toEqual({ deleted: [], failed: [] });
		expect(await exists(sarah.childId)).toBe(true);
		expect(await auditRows(temp.db)).toEqual([]);

		// Midnight in London, still 2 October in UTC: the birthday.
		at('2043-10-02T23:00:00Z');
		expect(await deleteDueRecords()).toEqual({ deleted: [sarah.childId], failed: [] });
		expect(await exists(sarah.childId)).toBe(false);
		expect(await temp.db.selectFrom('plan').select('id').where('id', '=', sarah.planId).execute()).toEqual([]);
		expect(await exists(younger.childId)).toBe(true);
		expect(await auditRows(temp.db)).toEqual([deletedRow(sarah.childId, 'child.deleted.retention')]);
	});

	it('deletes the records of someone born on 29 February on 28 February, their 31st birthday, and not before', async () => {
		const leapling = await seedChild('2000-02-29');
		at('2031-02-27T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([]);
		at('2031-02-28T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([leapling.childId]);
	});

	it('deletes every plan of the child, and children long past 31 too', async () => {
		const sarah = await seedChild('1980-05-01');
		const second = await seedChild('1980-05-01', sarah.childId);
		at('2027-01-10T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([sarah.childId]);
		expect(
			await temp.db.selectFrom('plan').select('id').where('id', 'in', [sarah.planId, second.planId]).execute()
		).toEqual([]);
	});

	it('deletes once: a second run finds nothing to do and records nothing', async () => {
		await seedChild('1980-05-01');
		at('2027-01-10T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toHaveLength(1);
		const before = await snapshot(temp.db);
		expect(await deleteDueRecords()).toEqual({ deleted: [], failed: [] });
		expect(await snapshot(temp.db)).toEqual(before);
	});

	it('deletes nothing of a child whose audit row cannot be written, and tries again the next run', async () => {
		const sarah = await seedChild('1980-05-01');
		at('2027-01-10T12:00:00Z');
		await breakAuditLog(temp.db);
		const before = await snapshot(temp.db);
		expect(await deleteDueRecords()).toEqual({ deleted: [], failed: [sarah.childId] });
		expect(await snapshot(temp.db)).toEqual(before);

		await mendAuditLog(temp.db);
		expect((await deleteDueRecords()).deleted).toEqual([sarah.childId]);
	});
});

describe('records an admin set a date to delete', () => {
	it('are deleted on that date, not the day before', async () => {
		const sarah = await seedChild('2012-10-03');
		at('2027-01-10T12:00:00Z');
		expect(await scheduleChildDeletion(sarah.childId, { deleteOn: '2027-03-14' }, admin)).toEqual({ ok: true });

		at('2027-03-13T23:59:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([]);
		expect(await exists(sarah.childId)).toBe(true);

		at('2027-03-14T00:01:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([sarah.childId]);
		expect(await exists(sarah.childId)).toBe(false);
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: org.organisationId,
				account_id: 'ada',
				plan_id: null,
				action: 'child.deletion-scheduled',
				item: `child:${sarah.childId}`,
				ip: '192.0.2.7'
			},
			deletedRow(sarah.childId, 'child.deleted.scheduled')
		]);
	});

	it('are kept when the date is cancelled', async () => {
		const sarah = await seedChild('2012-10-03');
		at('2027-01-10T12:00:00Z');
		await scheduleChildDeletion(sarah.childId, { deleteOn: '2027-03-14' }, admin);
		expect(await cancelChildDeletion(sarah.childId, admin)).toEqual({ ok: true });

		at('2027-03-14T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([]);
		expect(await exists(sarah.childId)).toBe(true);
		expect((await auditRows(temp.db)).map((row) => [row.action, row.account_id, row.item])).toEqual([
			['child.deletion-scheduled', 'ada', `child:${sarah.childId}`],
			['child.deletion-cancelled', 'ada', `child:${sarah.childId}`]
		]);
	});

	it('are deleted on the later date when the date is moved', async () => {
		const sarah = await seedChild('2012-10-03');
		at('2027-01-10T12:00:00Z');
		await scheduleChildDeletion(sarah.childId, { deleteOn: '2027-03-14' }, admin);
		await scheduleChildDeletion(sarah.childId, { deleteOn: '2027-04-01' }, admin);
		at('2027-03-20T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([]);
		at('2027-04-01T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([sarah.childId]);
	});

	it('only for a child of the admin’s own organisation; cancelling with no date set writes nothing', async () => {
		const elsewhere = await seedOrganisation(temp.db, 'hillside');
		const theirs = await temp.db.transaction().execute((trx) =>
			insertPlanDocument(trx, {
				organisationId: elsewhere.organisationId,
				accountId: elsewhere.accountId,
				document: fixture('amara'),
				today
			})
		);
		const sarah = await seedChild('2012-10-03');
		const before = await snapshot(temp.db);
		expect(await scheduleChildDeletion(theirs.childId, { deleteOn: '2027-03-14' }, admin)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await cancelChildDeletion(theirs.childId, admin)).toEqual({ ok: false, reason: 'not-found' });
		expect(await cancelChildDeletion(sarah.childId, admin)).toEqual({ ok: false, reason: 'not-set' });
		expect(await snapshot(temp.db)).toEqual(before);
	});
});

describe('family members’ accounts', () => {
	/** A family member with access to `plans`, signed in. */
	async function seedFamily(id: string, plans: CreatedPlan[]) {
		await seedAccount(temp.db, { id, organisationId: null, role: null });
		for (const plan of plans) await grantPlanAccess(temp.db, plan.planId, id, 'contributor', org.accountId);
		await createSession(temp.db, id, true, { ip: '127.0.0.1', userAgent: null });
	}
	const account = (id: string) => temp.db.selectFrom('account').select('id').where('id', '=', id).executeTakeFirst();
	const sessions = async (id: string) =>
		(await temp.db.selectFrom('session').select('id').where('account_id', '=', id).execute()).length;

	it('closes the account of a family member who could see only the deleted child’s plans, and keeps one who can see another', async () => {
		const sarah = await seedChild('1980-05-01');
		const sarahSecond = await seedChild('1980-05-01', sarah.childId);
		const brother = await seedChild('2014-06-01');
		await seedFamily('grace', [sarah, sarahSecond]);
		await seedFamily('femi', [sarah, brother]);
		await seedAccount(temp.db, { id: 'pat', organisationId: org.organisationId, role: 'practitioner' });
		await grantPlanAccess(temp.db, sarah.planId, 'pat', 'editor', org.accountId);

		at('2027-01-10T12:00:00Z');
		expect((await deleteDueRecords()).deleted).toEqual([sarah.childId]);

		expect(await account('grace')).toBeUndefined();
		expect(await sessions('grace')).toBe(0);
		expect(await account('femi')).toBeDefined();
		expect(await sessions('femi')).toBe(1);
		expect(
			await temp.db.selectFrom('plan_access').select('plan_id').where('account_id', '=', 'femi').execute()
		).toEqual([{ plan_id: brother.planId }]);
		// Staff stay members of their organisation, with or without plans shared with them.
		expect(await account('pat')).toBeDefined();
		expect((await auditRows(temp.db)).slice(-2)).toEqual([
			deletedRow(sarah.childId, 'child.deleted.retention'),
			{
				organisation_id: org.organisationId,
				account_id: null,
				plan_id: null,
				action: 'family-account.closed',
				item: 'account:grace',
				ip: null
			}
		]);
	});

	it('closes it too when a scheduled deletion removes the child', async () => {
		const sarah = await seedChild('2012-10-03');
		await seedFamily('grace', [sarah]);
		at('2027-01-10T12:00:00Z');
		await scheduleChildDeletion(sarah.childId, { deleteOn: '2027-01-11' }, admin);
		at('2027-01-11T12:00:00Z');
		await deleteDueRecords();
		expect(await account('grace')).toBeUndefined();
		expect((await auditRows(temp.db)).map((row) => row.action)).toEqual([
			'child.deletion-scheduled',
			'child.deleted.scheduled',
			'family-account.closed'
		]);
	});
});

describe('two servers running the job at once', () => {
	it('delete each child once, with one audit row each', async () => {
		const due: string[] = [];
		for (let i = 0; i < 50; i++) due.push((await seedChild('1980-05-01')).childId);
		const kept = await seedChild('2012-10-03');
		// The runners read the real clock: every child born in 1980 is past 31 whenever this runs.
		const runs = await runRetentionInProcesses(temp.location, 2);

		expect(runs.flatMap((run) => run.failed)).toEqual([]);
		expect(runs.flatMap((run) => run.deleted).sort()).toEqual([...due].sort());
		const audit = await auditRows(temp.db);
		expect(audit.map((row) => row.item).sort()).toEqual(due.map((id) => `child:${id}`).sort());
		expect(audit.every((row) => row.action === 'child.deleted.retention')).toBe(true);
		expect(await temp.db.selectFrom('child').select('id').execute()).toEqual([{ id: kept.childId }]);
	});
});
