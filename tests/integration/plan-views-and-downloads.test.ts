import { beforeEach, describe, expect, it } from 'vitest';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { downloadCaseloadCalendar } from '$lib/server/calendar/download-caseload-calendar';
import { downloadPlanCalendar } from '$lib/server/calendar/download-plan-calendar';
import { downloadPlanJson } from '$lib/server/interchange/download-plan-json';
import { exportDocument } from '$lib/server/interchange/export';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { readAccount } from '$lib/server/db/accounts';
import { recordPlanView } from '$lib/server/plans/record-plan-view';
import { openPlanAs, TEST_IP } from './support/open-plan-as';
import { seedAccount } from './support/accounts';
import { expectWritesNothing } from './support/audit';
import { fixture, planAudit, storePlan, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

let sarah: { planId: string; versionId: string };

beforeEach(async () => {
	sarah = await storePlan(given.temp.db, given.org.organisationId, fixture('sarah'));
});

const events = (calendar: string) => calendar.match(/BEGIN:VEVENT/g)?.length ?? 0;
const origin = 'https://plans.example.org';

describe('recordPlanView', () => {
	it('writes one audit row a view, each committed by the time its page is shown, even when they arrive together', async () => {
		const ctx = await openPlanAs(given.temp.db, given.org.accountId, sarah.planId);
		await Promise.all([recordPlanView(ctx), recordPlanView(ctx), recordPlanView(ctx)]);
		expect(await planAudit(given.temp.db, sarah.planId)).toEqual(
			Array.from({ length: 3 }, () => ({
				action: 'plan.viewed',
				account_id: given.org.accountId,
				item: null,
				ip: TEST_IP
			}))
		);
	});
});

describe('downloadPlanJson', () => {
	it('writes the current version, as read with the plan, and records the download naming the version', async () => {
		const ctx = await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'export');
		const expected = exportDocument(ctx.document);
		for (const versionId of [undefined, sarah.versionId])
			expect(await downloadPlanJson(ctx, versionId)).toEqual({
				ok: true,
				text: expected.text,
				fileName: 'Sarah-Okafor-plan-2026-09-07.json'
			});
		expect((await planAudit(given.temp.db, sarah.planId)).map((row) => [row.action, row.item])).toEqual([
			['plan.exported.json', `version:${sarah.versionId}`],
			['plan.exported.json', `version:${sarah.versionId}`]
		]);
	});

	it('refuses a version that is not one of this plan’s, recording nothing', async () => {
		const other = await storePlan(given.temp.db, given.org.organisationId, fixture('amara'));
		const ctx = await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'export');
		await expectWritesNothing(given.temp.db, () => downloadPlanJson(ctx, other.versionId), {
			ok: false,
			reason: 'not-found'
		});
	});
});

describe('downloadPlanCalendar', () => {
	it('holds the review, the outcomes’ and steps’ targets and the provision’s reviews, and records the download', async () => {
		const text = await downloadPlanCalendar(
			await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'export'),
			origin
		);
		expect(events(text)).toBe(8);
		expect(text).toContain(`${origin}/plans/${sarah.planId}`);
		expect(text).toContain('SUMMARY:Review of Sarah’s support plan');
		expect(text.match(/SUMMARY:Target: /g)).toHaveLength(2);
		expect(text).not.toContain('Okafor');
		expect(await planAudit(given.temp.db, sarah.planId)).toEqual([
			{
				action: 'plan.exported.calendar',
				account_id: given.org.accountId,
				item: `version:${sarah.versionId}`,
				ip: TEST_IP
			}
		]);
	});

	it('has no dates to come for an archived plan', async () => {
		await archivePlan(await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'share'), {
			reason: 'Moved school.'
		});
		const text = await downloadPlanCalendar(
			await openPlanAs(given.temp.db, given.org.accountId, sarah.planId, 'export'),
			origin
		);
		expect(events(text)).toBe(0);
	});
});

describe('downloadCaseloadCalendar', () => {
	it('holds the review of each open plan the account may see, and records the download against no plan', async () => {
		const amara = await storePlan(given.temp.db, given.org.organisationId, fixture('amara'));
		await archivePlan(await openPlanAs(given.temp.db, given.org.accountId, amara.planId, 'share'), {
			reason: 'Moved school.'
		});
		await storePlan(given.temp.db, given.org.organisationId, fixture('kacper'));
		await seedAccount(given.temp.db, { id: 'pat', organisationId: given.org.organisationId, role: 'practitioner' });
		await grantPlanAccess(given.temp.db, sarah.planId, 'pat', 'viewer', null);

		const coordinator = (await readAccount(given.temp.db, given.org.accountId))!;
		const practitioner = (await readAccount(given.temp.db, 'pat'))!;
		expect(
			events(await downloadCaseloadCalendar({ db: given.temp.db, account: coordinator, ip: TEST_IP }, origin))
		).toBe(2);
		const theirs = await downloadCaseloadCalendar({ db: given.temp.db, account: practitioner, ip: TEST_IP }, origin);
		expect(events(theirs)).toBe(1);
		expect(theirs).toContain(`${origin}/plans/${sarah.planId}`);
		expect(theirs).toContain('SUMMARY:Review of S.O.’s support plan');
		expect(theirs).not.toMatch(/Sarah|Okafor/);
		const rows = await given.temp.db
			.selectFrom('audit_event')
			.select(['organisation_id', 'account_id', 'plan_id', 'item'])
			.where('action', '=', 'caseload.exported.calendar')
			.orderBy('id')
			.execute();
		expect(rows).toEqual([
			{ organisation_id: given.org.organisationId, account_id: given.org.accountId, plan_id: null, item: null },
			{ organisation_id: given.org.organisationId, account_id: 'pat', plan_id: null, item: null }
		]);
	});
});
