import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '$lib/plan/document';
import { childKeys, deleteChildRecords } from '$lib/server/db/child-records';
import { agreementOf, type AgreedSnapshot } from '$lib/server/db/plan-agree';
import { loadPlan } from '$lib/server/db/plan-load';
import { agreePlan } from '$lib/server/plans/agree-plan';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { checkThread } from '$lib/thread/checker/check';
import { openPlanAs } from './support/open-plan-as';
import { currentVersion, fixture, planAudit, snapshot, storePlan, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

/** Stores the plan and opens it to agree, as the agree action does. */
async function seed(document: PlanDocument) {
	const { planId, versionId } = await storePlan(given.temp.db, given.org.organisationId, document, given.org.accountId);
	return { planId, versionId, ctx: await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree') };
}

/** Agrees with the first team member as the one who took part; the result, and whether anything was written. */
async function agreeChecked(ctx: Awaited<ReturnType<typeof seed>>['ctx'], versionId = ctx.version.id) {
	const before = await snapshot(given.temp.db);
	const result = await agreePlan(ctx, { versionId, tookPart: [ctx.document.team[0]!.id] });
	return { result, unchanged: JSON.stringify(await snapshot(given.temp.db)) === JSON.stringify(before) };
}

describe('agreePlan', () => {
	it("agrees Sarah's plan: status, when, by whom, with whom, the snapshot of what was checked and one audit row", async () => {
		const { planId, versionId, ctx } = await seed(fixture('sarah'));
		const [child, parent] = ctx.document.team;
		const result = await agreePlan(ctx, { versionId, tookPart: [child!.id, parent!.id, child!.id] });
		expect(result.ok).toBe(true);

		const row = await currentVersion(given.temp.db, planId);
		expect(row.status).toBe('agreed');
		expect(row.agreed_by).toBe(given.org.accountId);
		expect(row.agreed_at).toBe(result.ok ? result.agreedAt : null);
		expect(JSON.parse(row.agreed_with!)).toEqual([
			{ id: child!.id, name: 'Sarah Okafor', role: 'child-young-person' },
			{ id: parent!.id, name: 'Grace Okafor', role: 'parent-carer' }
		]);
		const snapshotted = JSON.parse(row.snapshot!) as AgreedSnapshot;
		expect(snapshotted.document).toEqual({ ...ctx.document, plan: { ...ctx.document.plan, status: 'agreed' } });
		expect(snapshotted.findings).toEqual(checkThread(ctx.document, { today }));
		expect(await planAudit(given.temp.db, planId)).toEqual([
			{ action: 'plan.agreed', account_id: given.org.accountId, item: `version:${versionId}`, ip: '127.0.0.1' }
		]);

		const agreement = await agreementOf(given.temp.db, row);
		expect(agreement).toEqual({
			at: row.agreed_at,
			by: `Coordinator of ${given.org.organisationId}`,
			tookPart: JSON.parse(row.agreed_with!)
		});
		expect((await loadPlan(given.temp.db, planId))!.document.plan.status).toBe('agreed');
	});

	it("keeps Kacper's three warnings in the snapshot: warnings do not stop agreement", async () => {
		const { planId, ctx } = await seed(fixture('kacper'));
		expect((await agreeChecked(ctx)).result.ok).toBe(true);
		const snapshotted = JSON.parse((await currentVersion(given.temp.db, planId)).snapshot!) as AgreedSnapshot;
		expect(snapshotted.findings.map((f) => f.rule)).toEqual([
			'outcome-not-measurable',
			'provision-not-quantified',
			'provision-without-provider'
		]);
	});

	it('refuses a plan whose thread has an error, writing nothing, not even an audit row', async () => {
		const sarah = fixture('sarah');
		const broken = { ...sarah, outcomes: [...sarah.outcomes, { ...sarah.outcomes[0]!, id: 'o3', aspirationIds: [] }] };
		const { ctx } = await seed(broken);
		const { result, unchanged } = await agreeChecked(ctx);
		expect(result).toMatchObject({ ok: false, reason: 'errors' });
		expect(result.ok === false && result.reason === 'errors' ? result.findings.map((f) => f.rule) : []).toEqual([
			'outcome-without-aspiration'
		]);
		expect(unchanged).toBe(true);
	});

	it('refuses people who are not on the team, writing nothing', async () => {
		const { versionId, ctx } = await seed(fixture('sarah'));
		const before = await snapshot(given.temp.db);
		expect(await agreePlan(ctx, { versionId, tookPart: [ctx.document.team[0]!.id, 'stranger'] })).toEqual({
			ok: false,
			reason: 'unknown-members',
			ids: ['stranger']
		});
		expect(await snapshot(given.temp.db)).toEqual(before);
	});

	it('refuses a version that is not the current draft: another version, or one agreed already', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		expect(await agreeChecked(ctx, 'another')).toEqual({ result: { ok: false, reason: 'not-draft' }, unchanged: true });
		expect((await agreeChecked(ctx)).result.ok).toBe(true);
		const agreed = await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree');
		expect(await agreeChecked(agreed)).toEqual({ result: { ok: false, reason: 'not-draft' }, unchanged: true });
		expect((await planAudit(given.temp.db, planId)).map((row) => row.action)).toEqual(['plan.agreed']);
	});

	it('refuses when someone agreed or archived the plan since it was opened', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		const first = await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree');
		expect((await agreeChecked(first)).result.ok).toBe(true);
		expect(await agreeChecked(ctx)).toEqual({ result: { ok: false, reason: 'not-draft' }, unchanged: true });

		const other = await seed(fixture('sarah'));
		const archiving = await openPlanAs(given.temp.db, given.org.accountId, other.planId, 'share');
		expect((await archivePlan(archiving, { reason: 'Sarah moved school.' })).ok).toBe(true);
		expect(await agreeChecked(other.ctx)).toEqual({ result: { ok: false, reason: 'not-draft' }, unchanged: true });
		expect((await currentVersion(given.temp.db, other.planId)).status).toBe('draft');
	});

	it('refuses as stale when the plan changed since it was opened: it would agree what was not checked', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		const editor = await openPlanAs(given.temp.db, given.org.accountId, planId, 'edit');
		const saved = await saveAspiration(editor, undefined, { text: 'I want to ride a horse.', voice: 'child' });
		expect(saved.ok).toBe(true);
		expect(await agreeChecked(ctx)).toEqual({ result: { ok: false, reason: 'stale' }, unchanged: true });
		// Opened again, the plan as it is now is agreed.
		expect((await agreeChecked(await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree'))).result.ok).toBe(
			true
		);
	});

	it('refuses a plan deleted since it was opened (its child’s records were), writing nothing', async () => {
		const { ctx } = await seed(fixture('sarah'));
		const keys = await childKeys(given.temp.db, given.org.organisationId, ctx.child.id);
		await given.temp.db.transaction().execute((trx) => deleteChildRecords(trx, keys!));
		expect(await agreeChecked(ctx)).toEqual({ result: { ok: false, reason: 'not-found' }, unchanged: true });
	});
});
