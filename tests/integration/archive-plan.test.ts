import { beforeEach, describe, expect, it } from 'vitest';
import { childKeys, deleteChildRecords } from '$lib/server/db/child-records';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { openPlanAs } from './support/open-plan-as';
import { expectWritesNothing } from './support/audit';
import { fixture, planAudit, storePlan, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

let planId: string;

beforeEach(async () => {
	planId = (await storePlan(given.temp.db, given.org.organisationId, fixture('sarah'))).planId;
});

const openToArchive = () => openPlanAs(given.temp.db, given.org.accountId, planId, 'share');
const archivedRow = () =>
	given.temp.db
		.selectFrom('plan')
		.select(['archived_at', 'archived_reason'])
		.where('id', '=', planId)
		.executeTakeFirst();

describe('archivePlan', () => {
	it('archives the plan with its reason and one audit row', async () => {
		const result = await archivePlan(await openToArchive(), { reason: 'Sarah moved to Hillside School.' });
		expect(result.ok).toBe(true);
		expect(await archivedRow()).toEqual({
			archived_at: result.ok ? result.at : null,
			archived_reason: 'Sarah moved to Hillside School.'
		});
		expect(await planAudit(given.temp.db, planId)).toEqual([
			{ action: 'plan.archived', account_id: given.org.accountId, item: null, ip: '127.0.0.1' }
		]);
	});

	it('refuses a plan someone archived since it was opened, keeping their reason and writing nothing', async () => {
		const late = await openToArchive();
		expect((await archivePlan(await openToArchive(), { reason: 'The first reason.' })).ok).toBe(true);
		await expectWritesNothing(given.temp.db, () => archivePlan(late, { reason: 'The second reason.' }), {
			ok: false,
			reason: 'archived'
		});
		expect((await archivedRow())?.archived_reason).toBe('The first reason.');
	});

	it('refuses a plan deleted since it was opened, writing nothing', async () => {
		const ctx = await openToArchive();
		const keys = await childKeys(given.temp.db, given.org.organisationId, ctx.child.id);
		await given.temp.db.transaction().execute((trx) => deleteChildRecords(trx, keys!));
		await expectWritesNothing(given.temp.db, () => archivePlan(ctx, { reason: 'Too late.' }), {
			ok: false,
			reason: 'not-found'
		});
	});
});
