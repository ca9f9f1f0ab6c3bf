import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { checkThread } from '$lib/thread/checker/check';
import { createOrganisation } from '$lib/server/db/organisations';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { loadPlan } from '$lib/server/db/plan-load';
import { compareVersions, listVersions, parseSnapshot, versionDocument } from '$lib/server/db/plan-versions';
import {
	completeReview,
	getReview,
	listReviews,
	openReviewOf,
	saveReview,
	startReview,
	type ReviewFields
} from '$lib/server/db/reviews';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { openPlanAs } from './support/open-plan-as';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

const today = '2026-11-22';
let temp: TempDatabase;
const account = 'acc1';

function sarah(): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync('tests/fixtures/sarah.plan.json', 'utf8')), { today });
	if (!result.ok) throw new Error('sarah');
	return result.plan;
}

/** Agrees the plan's current version as the agree step does: status, who, and the snapshot. */
async function agreeCurrent(planId: string) {
	const loaded = (await loadPlan(temp.db, planId))!;
	const document: PlanDocument = { ...loaded.document, plan: { ...loaded.document.plan, status: 'agreed' } };
	await temp.db
		.updateTable('plan_version')
		.set({
			status: 'agreed',
			agreed_at: '2026-11-22T10:00:00.000Z',
			agreed_by: account,
			agreed_with: JSON.stringify([
				{ id: loaded.document.team[0]!.id, name: 'Sarah Okafor', role: 'child-young-person' }
			]),
			snapshot: JSON.stringify({ document, findings: checkThread(loaded.document, { today }) })
		})
		.where('id', '=', loaded.version.id)
		.execute();
	return loaded;
}

async function newPlan() {
	return temp.db
		.transaction()
		.execute((trx) => insertPlanDocument(trx, { organisationId: 'org', accountId: account, document: sarah(), today }));
}

const actor = (planId: string) => ({ planId, accountId: account, ip: '127.0.0.1' });

function fieldsFor(document: PlanDocument, date: string, ratings: string[]): ReviewFields {
	return {
		date,
		tookPart: document.team.slice(0, 3).map((m) => m.id),
		childTookPart: true,
		familyTookPart: true,
		childViewsHow: ['meeting', 'drawing'],
		progress: Object.fromEntries(
			document.outcomes.map((o, i) => [
				o.id,
				{ rating: ratings[i] as never, evidence: `Evidence for outcome ${i + 1}.` }
			])
		),
		changesNext: 'Start travel training on the bus.'
	};
}

beforeEach(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside Academy',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
	await temp.db
		.insertInto('account')
		.values({
			id: account,
			email: 'senco@example.org',
			name: 'Daniel Price',
			password_hash: 'x',
			organisation_id: 'org',
			role: 'coordinator',
			totp_key: null,
			totp_last_counter: null,
			disabled_at: null,
			created_at: '2026-11-22T09:00:00Z'
		})
		.execute();
});
afterEach(() => temp.dispose());

describe('starting and saving a review', () => {
	it('refuses to review a draft: there is nothing agreed to review', async () => {
		const { planId } = await newPlan();
		expect(await startReview(temp.db, { ...actor(planId), date: '2027-03-01' })).toEqual({
			ok: false,
			reason: 'not-agreed'
		});
	});

	it('opens one draft review per version, audited, and hands back the open one when asked again', async () => {
		const { planId } = await newPlan();
		await agreeCurrent(planId);
		const first = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		expect(first.ok).toBe(true);
		const again = await startReview(temp.db, { ...actor(planId), date: '2027-03-02' });
		expect(again).toEqual({ ok: false, reason: 'open', id: first.ok ? first.id : '' });
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item'])
			.where('action', '=', 'review.started')
			.execute();
		expect(audit).toHaveLength(1);
	});

	it('saves what an editor records, and a contributor only the views; an old revision is refused', async () => {
		const { planId } = await newPlan();
		const loaded = await agreeCurrent(planId);
		const started = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!started.ok) throw new Error('start');
		const fields = fieldsFor(loaded.document, '2027-03-04', ['achieved', 'good-progress']);
		const saved = await saveReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 1,
			fields,
			views: { childViews: 'I like the lunch club.', familyViews: undefined }
		});
		expect(saved).toEqual({ ok: true, revision: 2 });
		const family = await saveReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 2,
			views: { childViews: 'I like the lunch club.', familyViews: 'Sarah goes to the shop on her own now.' }
		});
		expect(family).toEqual({ ok: true, revision: 3 });
		const review = (await getReview(temp.db, planId, started.id))!;
		expect(review).toMatchObject({
			date: '2027-03-04',
			childTookPart: true,
			familyTookPart: true,
			childViewsHow: ['meeting', 'drawing'],
			familyViews: 'Sarah goes to the shop on her own now.',
			changesNext: 'Start travel training on the bus.'
		});
		expect(review.tookPart.map((p) => p.name)).toEqual(['Sarah Okafor', 'Grace Okafor', 'Mr Daniel Price']);
		expect(review.progress[loaded.document.outcomes[0]!.id]).toEqual({
			rating: 'achieved',
			evidence: 'Evidence for outcome 1.'
		});

		const stale = await saveReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 2,
			views: { childViews: 'old', familyViews: undefined }
		});
		expect(stale).toMatchObject({ ok: false, reason: 'stale' });
		expect((await getReview(temp.db, planId, started.id))!.childViews).toBe('I like the lunch club.');
	});

	it('refuses team members and outcomes that are not the reviewed version’s', async () => {
		const { planId } = await newPlan();
		const loaded = await agreeCurrent(planId);
		const started = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!started.ok) throw new Error('start');
		const fields = {
			...fieldsFor(loaded.document, '2027-03-04', ['achieved', 'good-progress']),
			tookPart: ['someone-else']
		};
		expect(
			await saveReview(temp.db, {
				...actor(planId),
				reviewId: started.id,
				expectedRevision: 1,
				fields,
				views: { childViews: undefined, familyViews: undefined }
			})
		).toEqual({ ok: false, reason: 'bad-ids', ids: ['someone-else'] });
		expect(await getReview(temp.db, 'another-plan', started.id)).toBeUndefined();
	});
});

describe('completing a review', () => {
	it('needs a rating and evidence for every outcome first', async () => {
		const { planId } = await newPlan();
		const loaded = await agreeCurrent(planId);
		const started = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!started.ok) throw new Error('start');
		const result = await completeReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 1,
			today
		});
		expect(result).toEqual({
			ok: false,
			reason: 'incomplete',
			rating: loaded.document.outcomes.map((o) => o.id),
			evidence: loaded.document.outcomes.map((o) => o.id)
		});
		expect((await listVersions(temp.db, planId)).length).toBe(1);
	});

	it('starts version 2 as a draft without the achieved outcome, items carrying their lineage, in one audited transaction', async () => {
		const { planId, versionId } = await newPlan();
		const v1 = await agreeCurrent(planId);
		const [o1, o2] = v1.document.outcomes;
		const started = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!started.ok) throw new Error('start');
		await saveReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 1,
			fields: fieldsFor(v1.document, '2027-03-04', ['achieved', 'good-progress']),
			views: { childViews: 'Good.', familyViews: 'Good.' }
		});
		const done = await completeReview(temp.db, { ...actor(planId), reviewId: started.id, expectedRevision: 2, today });
		if (!done.ok) throw new Error(JSON.stringify(done));
		expect(done.number).toBe(2);

		const v2 = (await loadPlan(temp.db, planId))!;
		expect(v2.version).toMatchObject({
			id: done.nextVersionId,
			number: 2,
			status: 'draft',
			start_date: '2027-03-04',
			review_date: '2028-03-04'
		});
		expect(v2.document.outcomes.map((o) => o.text)).toEqual([o2!.text]);
		expect(v2.lineage[v2.document.outcomes[0]!.id]).toBe(o2!.id);
		// Every item of v2 names its v1 item, and nothing links to the dropped outcome.
		expect(v2.document.aspirations.map((a) => v2.lineage[a.id])).toEqual(v1.document.aspirations.map((a) => a.id));
		expect(v2.document.provision.flatMap((p) => p.outcomeIds)).not.toContain(o1!.id);

		const review = (await getReview(temp.db, planId, started.id))!;
		expect(review).toMatchObject({ status: 'completed', nextVersionId: done.nextVersionId, completedBy: account });
		expect(await openReviewOf(temp.db, versionId)).toBeUndefined();
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item', 'plan_id'])
			.where('action', '=', 'review.completed')
			.execute();
		expect(audit).toEqual([{ action: 'review.completed', item: `review:${started.id}`, plan_id: planId }]);

		// Completed once: a second completion changes nothing.
		expect(
			await completeReview(temp.db, { ...actor(planId), reviewId: started.id, expectedRevision: 3, today })
		).toEqual({ ok: false, reason: 'not-draft' });
		expect((await listVersions(temp.db, planId)).map((v) => v.number)).toEqual([2, 1]);
	});

	it('rolls back everything when a write fails part-way', async () => {
		const { planId, versionId } = await newPlan();
		const v1 = await agreeCurrent(planId);
		const started = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!started.ok) throw new Error('start');
		await saveReview(temp.db, {
			...actor(planId),
			reviewId: started.id,
			expectedRevision: 1,
			fields: fieldsFor(v1.document, '2027-03-04', ['achieved', 'good-progress']),
			views: { childViews: undefined, familyViews: undefined }
		});
		// A version 2 already there makes the insert fail on the (plan, number) constraint.
		await temp.db
			.insertInto('plan_version')
			.values({
				id: 'blocker',
				plan_id: planId,
				number: 2,
				status: 'draft',
				title: 't',
				kind: 'sen-support',
				start_date: '2027-01-01',
				review_date: null,
				revision: 1,
				error_count: 0,
				warning_count: 0,
				agreed_at: null,
				agreed_by: null,
				agreed_with: null,
				snapshot: null,
				created_at: 'x',
				updated_at: 'x'
			})
			.execute();
		await expect(
			completeReview(temp.db, { ...actor(planId), reviewId: started.id, expectedRevision: 2, today })
		).rejects.toThrow();
		expect((await getReview(temp.db, planId, started.id))!.status).toBe('draft');
		expect(
			(await temp.db.selectFrom('plan').select('current_version_id').where('id', '=', planId).executeTakeFirstOrThrow())
				.current_version_id
		).toBe(versionId);
		expect(
			await temp.db.selectFrom('audit_event').select('id').where('action', '=', 'review.completed').execute()
		).toEqual([]);
	});

	it('lives through two review cycles, every past snapshot and review still readable', async () => {
		const { planId } = await newPlan();
		const v1 = await agreeCurrent(planId);
		const first = await startReview(temp.db, { ...actor(planId), date: '2027-03-01' });
		if (!first.ok) throw new Error('start');
		await saveReview(temp.db, {
			...actor(planId),
			reviewId: first.id,
			expectedRevision: 1,
			fields: fieldsFor(v1.document, '2027-03-04', ['achieved', 'good-progress']),
			views: { childViews: 'First views.', familyViews: undefined }
		});
		const done1 = await completeReview(temp.db, { ...actor(planId), reviewId: first.id, expectedRevision: 2, today });
		if (!done1.ok) throw new Error('complete 1');

		const v2 = await agreeCurrent(planId);
		const second = await startReview(temp.db, { ...actor(planId), date: '2028-02-01' });
		if (!second.ok) throw new Error('start 2');
		await saveReview(temp.db, {
			...actor(planId),
			reviewId: second.id,
			expectedRevision: 1,
			fields: fieldsFor(v2.document, '2028-02-10', ['some-progress']),
			views: { childViews: 'Second views.', familyViews: undefined }
		});
		const done2 = await completeReview(temp.db, { ...actor(planId), reviewId: second.id, expectedRevision: 2, today });
		if (!done2.ok) throw new Error('complete 2');
		expect(done2.number).toBe(3);

		const versions = await listVersions(temp.db, planId);
		expect(versions.map((v) => [v.number, v.status, v.current])).toEqual([
			[3, 'draft', true],
			[2, 'agreed', false],
			[1, 'agreed', false]
		]);
		const snapshot1 = await versionDocument(temp.db, planId, versions[2]!.id, today);
		expect(snapshot1).toMatchObject({ frozen: true });
		expect(snapshot1!.document.outcomes).toHaveLength(2);
		const snapshot2 = await versionDocument(temp.db, planId, versions[1]!.id, today);
		expect(snapshot2!.document.outcomes.map((o) => o.text)).toEqual([v1.document.outcomes[1]!.text]);
		expect(snapshot2!.document.plan.reviewDate).toBe('2028-03-04');
		const v3 = (await loadPlan(temp.db, planId))!;
		expect(v3.document.plan).toMatchObject({ startDate: '2028-02-10', reviewDate: '2029-02-10' });
		// Lineage runs back to version 1 through version 2.
		expect(v3.lineage[v3.document.outcomes[0]!.id]).toBe(v1.document.outcomes[1]!.id);

		const reviews = await listReviews(temp.db, planId);
		expect(reviews.map((r) => [r.date, r.childViews, r.status])).toEqual([
			['2028-02-10', 'Second views.', 'completed'],
			['2027-03-04', 'First views.', 'completed']
		]);
		expect(
			parseSnapshot(
				(
					await temp.db
						.selectFrom('plan_version')
						.select('snapshot')
						.where('id', '=', versions[2]!.id)
						.executeTakeFirstOrThrow()
				).snapshot
			)
		).toBeDefined();

		// Comparing v1 with v3: the achieved outcome is gone, the plan's dates moved; no ids shown.
		const comparison = (await compareVersions(temp.db, planId, versions[2]!.id, versions[0]!.id, today))!;
		expect(comparison.changes.filter((c) => c.layer === 'outcomes').map((c) => [c.change, c.label])).toEqual([
			['removed', v1.document.outcomes[0]!.text.slice(0, 59) + (v1.document.outcomes[0]!.text.length > 60 ? '…' : '')]
		]);
		expect(
			comparison.changes
				.find((c) => c.layer === 'plan')!
				.fields.map((f) => f.field)
				.sort()
		).toEqual(['reviewDate', 'startDate']);
		const provision = comparison.changes.filter((c) => c.layer === 'provision');
		for (const change of provision) expect(JSON.stringify(change)).not.toMatch(/[0-9a-f]{30}/);
	});
});

describe('archiving', () => {
	it('archives once with a reason, audited', async () => {
		const { planId } = await newPlan();
		const archive = async (reason: string) =>
			archivePlan(await openPlanAs(temp.db, account, planId, 'share'), { reason });
		expect((await archive('Sarah moved to another school.')).ok).toBe(true);
		expect(await archive('again')).toEqual({
			ok: false,
			reason: 'archived'
		});
		const plan = await temp.db
			.selectFrom('plan')
			.select(['archived_at', 'archived_reason'])
			.where('id', '=', planId)
			.executeTakeFirstOrThrow();
		expect(plan.archived_reason).toBe('Sarah moved to another school.');
		expect(
			await temp.db.selectFrom('audit_event').select('action').where('action', '=', 'plan.archived').execute()
		).toHaveLength(1);
		expect(await startReview(temp.db, { ...actor(planId), date: '2027-03-01' })).toEqual({
			ok: false,
			reason: 'not-agreed'
		});
	});
});
