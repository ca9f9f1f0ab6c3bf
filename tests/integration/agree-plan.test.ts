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
import { expectWritesNothing } from './support/audit';
import { currentVersion, fixture, planAudit, storePlan, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

/** Stores the plan and opens it to agree, as the agree action does. */
async function seed(document: PlanDocument) {
	const { planId, versionId } = await storePlan(given.temp.db, given.org.organisationId, document, given.org.accountId);
	return { planId, versionId, ctx: await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree') };
}

type Opened = Awaited<ReturnType<typeof seed>>['ctx'];

/** Agrees the plan as `ctx` read it, with the first team member as the one who took part. */
const agree = (ctx: Opened, versionId = ctx.version.id) =>
	agreePlan(ctx, { versionId, tookPart: [ctx.document.team[0]!.id] });

/** Expects `ctx`'s agreement refused for `reason`, with nothing written, not even an audit row. */
const expectRefused = (ctx: Opened, reason: string, versionId?: string) =>
	expectWritesNothing(given.temp.db, () => agree(ctx, versionId), { ok: false, reason });

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
		expect((await agree(ctx)).ok).toBe(true);
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
		const errors = ctx.findings.filter((finding) => finding.severity === 'error');
		expect(errors.map((finding) => finding.rule)).toEqual(['outcome-without-aspiration']);
		await expectWritesNothing(given.temp.db, () => agree(ctx), { ok: false, reason: 'errors', findings: errors });
	});

	it('refuses people who are not on the team, writing nothing', async () => {
		const { versionId, ctx } = await seed(fixture('sarah'));
		await expectWritesNothing(
			given.temp.db,
			() => agreePlan(ctx, { versionId, tookPart: [ctx.document.team[0]!.id, 'stranger'] }),
			{ ok: false, reason: 'unknown-members', ids: ['stranger'] }
		);
	});

	it('refuses a version that is not the current draft: another version, or one agreed already', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		await expectRefused(ctx, 'not-draft', 'another');
		expect((await agree(ctx)).ok).toBe(true);
		const agreed = await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree');
		await expectRefused(agreed, 'not-draft');
		expect((await planAudit(given.temp.db, planId)).map((row) => row.action)).toEqual(['plan.agreed']);
	});

	it('refuses when someone agreed or archived the plan since it was opened', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		const first = await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree');
		expect((await agree(first)).ok).toBe(true);
		await expectRefused(ctx, 'not-draft');

		const other = await seed(fixture('sarah'));
		const archiving = await openPlanAs(given.temp.db, given.org.accountId, other.planId, 'share');
		expect((await archivePlan(archiving, { reason: 'Sarah moved school.' })).ok).toBe(true);
		await expectRefused(other.ctx, 'not-draft');
		expect((await currentVersion(given.temp.db, other.planId)).status).toBe('draft');
	});

	it('refuses as stale when the plan changed since it was opened: it would agree what was not checked', async () => {
		const { planId, ctx } = await seed(fixture('sarah'));
		const editor = await openPlanAs(given.temp.db, given.org.accountId, planId, 'edit');
		const saved = await saveAspiration(editor, undefined, { text: 'I want to ride a horse.', voice: 'child' });
		expect(saved.ok).toBe(true);
		await expectRefused(ctx, 'stale');
		// Opened again, the plan as it is now is agreed.
		expect((await agree(await openPlanAs(given.temp.db, given.org.accountId, planId, 'agree'))).ok).toBe(true);
	});

	it('refuses a plan deleted since it was opened (its child’s records were), writing nothing', async () => {
		const { ctx } = await seed(fixture('sarah'));
		const keys = await childKeys(given.temp.db, given.org.organisationId, ctx.child.id);
		await given.temp.db.transaction().execute((trx) => deleteChildRecords(trx, keys!));
		await expectRefused(ctx, 'not-found');
	});
});
