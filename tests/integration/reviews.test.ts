import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlan } from '$lib/server/db/plan-load';
import { compareVersions, listVersions, parseSnapshot, versionDocument } from '$lib/server/db/plan-versions';
import { getReview, listReviews, openReviewOf } from '$lib/server/db/reviews';
import { completeReview } from '$lib/server/reviews/complete-review';
import { saveReview } from '$lib/server/reviews/save-review';
import { startReview } from '$lib/server/reviews/start-review';
import { archivePlan } from '$lib/server/plans/archive-plan';
import { openPlanAs } from './support/open-plan-as';
import {
	accountId,
	agreeCurrent,
	contextOf,
	editorInput,
	newPlan,
	reviewOf,
	seedCoordinator,
	today,
	written
} from './support/reviews';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await createTempDatabase();
	await seedCoordinator(temp);
});
afterEach(() => temp.dispose());

/** An agreed plan with a draft review of version 1 started on 1 March 2027. */
async function startedReview() {
	const { planId, versionId } = await newPlan(temp);
	const v1 = await agreeCurrent(temp, planId);
	const started = await startReview(await contextOf(temp, planId), { date: '2027-03-01' });
	if (!started.ok) throw new Error(JSON.stringify(started));
	return { planId, versionId, v1, reviewId: started.id };
}

describe('starting a review', () => {
	it('refuses to review a draft, writing nothing: there is nothing agreed to review', async () => {
		const { planId } = await newPlan(temp);
		const before = await written(temp);
		expect(await startReview(await contextOf(temp, planId), { date: '2027-03-01' })).toEqual({
			ok: false,
			reason: 'not-agreed'
		});
		expect(await written(temp)).toEqual(before);
	});

	it('refuses when the plan was archived after it was opened', async () => {
		const { planId } = await newPlan(temp);
		await agreeCurrent(temp, planId);
		const ctx = await contextOf(temp, planId);
		await archivePlan(await openPlanAs(temp.db, accountId, planId, 'share'), {
			reason: 'Sarah moved to another school.'
		});
		const before = await written(temp);
		expect(await startReview(ctx, { date: '2027-03-01' })).toEqual({ ok: false, reason: 'not-agreed' });
		expect(await written(temp)).toEqual(before);
	});

	it('refuses when the plan no longer exists', async () => {
		const { planId } = await newPlan(temp);
		const ctx = await contextOf(temp, planId);
		const before = await written(temp);
		expect(await startReview({ ...ctx, planRow: { ...ctx.planRow, id: 'deleted' } }, { date: '2027-03-01' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await written(temp)).toEqual(before);
	});

	it('opens one draft review per version, audited, and hands back the open one when asked again', async () => {
		const { planId, reviewId } = await startedReview();
		expect(await getReview(temp.db, planId, reviewId)).toMatchObject({
			status: 'draft',
			date: '2027-03-01',
			revision: 1,
			tookPart: [],
			progress: {},
			childViews: null
		});
		const before = await written(temp);
		expect(await startReview(await contextOf(temp, planId), { date: '2027-03-02' })).toEqual({
			ok: false,
			reason: 'open',
			id: reviewId
		});
		expect(await written(temp)).toEqual(before);
		expect(before.audit).toEqual([{ action: 'review.started', item: `review:${reviewId}` }]);
	});
});

describe('saving a review', () => {
	it('saves what an editor records, and a contributor only the views, each audited', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const ctx = await contextOf(temp, planId);
		const saved = await saveReview(ctx, await reviewOf(temp, planId, reviewId), {
			...editorInput(v1.document, 1, '2027-03-04', ['achieved']),
			childViews: 'I like the lunch club.'
		});
		expect(saved).toMatchObject({ ok: true, review: { revision: 2 } });
		const family = await saveReview(
			await contextOf(temp, planId, 'contribute'),
			await reviewOf(temp, planId, reviewId),
			{
				revision: 2,
				childViews: 'I like the lunch club.',
				familyViews: 'Sarah goes to the shop on her own now.'
			}
		);
		expect(family).toMatchObject({ ok: true, review: { revision: 3 } });

		const review = (await getReview(temp.db, planId, reviewId))!;
		if (!family.ok) throw new Error('family');
		expect(family.review).toEqual(review);
		expect(review).toMatchObject({
			date: '2027-03-04',
			childTookPart: true,
			familyTookPart: true,
			// In the form's order, whatever order they were ticked in.
			childViewsHow: ['meeting', 'drawing'],
			childViews: 'I like the lunch club.',
			familyViews: 'Sarah goes to the shop on her own now.',
			changesNext: 'Start travel training on the bus.'
		});
		expect(review.tookPart).toEqual(v1.document.team.slice(0, 3).map(({ id, name, role }) => ({ id, name, role })));
		expect(review.tookPart.map((who) => who.name)).toEqual(['Sarah Okafor', 'Grace Okafor', 'Mr Daniel Price']);
		// An outcome with nothing recorded yet is left out.
		expect(review.progress).toEqual({
			[v1.document.outcomes[0]!.id]: { rating: 'achieved', evidence: 'Evidence for outcome 1.' }
		});
		expect((await written(temp)).audit.map((row) => row.action)).toEqual([
			'review.started',
			'review.changed',
			'review.changed'
		]);
	});

	it('refuses a save based on an old revision, writing nothing, with the review as it is now', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const page = await reviewOf(temp, planId, reviewId);
		await saveReview(await contextOf(temp, planId), page, {
			...editorInput(v1.document, 1, '2027-03-04', []),
			childViews: 'I like the lunch club.'
		});
		const before = await written(temp);
		const stale = await saveReview(await contextOf(temp, planId, 'contribute'), page, {
			revision: 1,
			childViews: 'old',
			familyViews: null
		});
		expect(stale).toEqual({
			ok: false,
			reason: 'stale',
			current: await getReview(temp.db, planId, reviewId)
		});
		expect(stale.ok === false && stale.reason === 'stale' && stale.current.childViews).toBe('I like the lunch club.');
		expect(await written(temp)).toEqual(before);
	});

	it('refuses team members and outcomes that are not the reviewed version’s, writing nothing', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const input = editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']);
		const before = await written(temp);
		expect(
			await saveReview(await contextOf(temp, planId), await reviewOf(temp, planId, reviewId), {
				...input,
				tookPart: ['someone-else'],
				progress: { ...input.progress, 'another-outcome': { rating: 'achieved', evidence: undefined } }
			})
		).toEqual({ ok: false, reason: 'bad-ids', ids: ['someone-else', 'another-outcome'] });
		expect(await written(temp)).toEqual(before);
	});

	it('refuses to change a completed review, writing nothing', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const page = await reviewOf(temp, planId, reviewId);
		const done = await completeReview(
			await contextOf(temp, planId),
			page,
			editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress'])
		);
		expect(done.ok).toBe(true);
		const before = await written(temp);
		expect(
			await saveReview(await contextOf(temp, planId, 'contribute'), page, {
				revision: 3,
				childViews: 'Too late.',
				familyViews: null
			})
		).toEqual({ ok: false, reason: 'not-draft' });
		expect(await written(temp)).toEqual(before);
	});

	it('refuses a review that is not there, writing nothing', async () => {
		const { planId, reviewId } = await startedReview();
		const page = await reviewOf(temp, planId, reviewId);
		const before = await written(temp);
		expect(
			await saveReview(
				await contextOf(temp, planId, 'contribute'),
				{ ...page, review: { ...page.review, id: 'gone' } },
				{ revision: 1, childViews: 'Hello.', familyViews: null }
			)
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await written(temp)).toEqual(before);
		expect(await getReview(temp.db, 'another-plan', reviewId)).toBeUndefined();
	});
});

describe('completing a review', () => {
	it('keeps what was typed as the draft, but does not complete it, until every outcome has a rating and evidence', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const [o1, o2] = v1.document.outcomes;
		const result = await completeReview(
			await contextOf(temp, planId),
			await reviewOf(temp, planId, reviewId),
			editorInput(v1.document, 1, '2027-03-04', ['achieved'])
		);
		expect(result).toEqual({ ok: false, reason: 'incomplete', rating: [o2!.id], evidence: [o2!.id], revision: 2 });
		expect(await getReview(temp.db, planId, reviewId)).toMatchObject({
			status: 'draft',
			revision: 2,
			progress: { [o1!.id]: { rating: 'achieved', evidence: 'Evidence for outcome 1.' } }
		});
		const after = await written(temp);
		expect(after.versions).toHaveLength(1);
		expect(after.audit.map((row) => row.action)).toEqual(['review.started', 'review.changed']);
	});

	it('starts version 2 as a draft without the achieved outcome, items carrying their lineage, in one audited transaction', async () => {
		const { planId, versionId, v1, reviewId } = await startedReview();
		const [o1, o2] = v1.document.outcomes;
		const page = await reviewOf(temp, planId, reviewId);
		const done = await completeReview(await contextOf(temp, planId), page, {
			...editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']),
			childViews: 'Good.'
		});
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

		expect(await getReview(temp.db, planId, reviewId)).toMatchObject({
			status: 'completed',
			revision: 3,
			childViews: 'Good.',
			nextVersionId: done.nextVersionId,
			completedBy: accountId
		});
		expect(await openReviewOf(temp.db, versionId)).toBeUndefined();
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item', 'plan_id'])
			.where('action', 'in', ['review.changed', 'review.completed'])
			.orderBy('id')
			.execute();
		expect(audit).toEqual([
			{ action: 'review.changed', item: `review:${reviewId}`, plan_id: planId },
			{ action: 'review.completed', item: `review:${reviewId}`, plan_id: planId }
		]);

		// Completed once: a second completion writes nothing.
		const before = await written(temp);
		expect(
			await completeReview(
				await contextOf(temp, planId),
				page,
				editorInput(v1.document, 3, '2027-03-04', ['achieved', 'good-progress'])
			)
		).toEqual({ ok: false, reason: 'not-draft' });
		expect(await written(temp)).toEqual(before);
		expect((await listVersions(temp.db, planId)).map((v) => v.number)).toEqual([2, 1]);
	});

	it('moves the provision’s and open steps’ dates on with the plan: none is left before the new start or on the old review day', async () => {
		const { planId, v1, reviewId } = await startedReview();
		// Sarah's plan ran from 7 September 2026 to its review on 5 March 2027; the review is held a day early.
		expect(v1.document.provision.map((p) => [p.startDate, p.reviewDate])).toContainEqual(['2026-09-14', '2027-03-05']);
		const done = await completeReview(
			await contextOf(temp, planId),
			await reviewOf(temp, planId, reviewId),
			editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress'])
		);
		if (!done.ok) throw new Error(JSON.stringify(done));

		const v2 = (await loadPlan(temp.db, planId))!.document;
		expect(v2.plan).toMatchObject({ startDate: '2027-03-04', reviewDate: '2028-03-04' });
		expect(v2.provision.map((p) => [p.startDate, p.reviewDate])).toEqual(
			v1.document.provision.map(() => ['2027-03-04', '2028-03-04'])
		);
		expect(v2.outcomes.flatMap((o) => o.steps.map((step) => step.targetDate))).toEqual(['2028-03-04']);
	});

	it('refuses a completion based on an old revision, writing nothing', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const page = await reviewOf(temp, planId, reviewId);
		await saveReview(await contextOf(temp, planId, 'contribute'), page, {
			revision: 1,
			childViews: 'I like the park.',
			familyViews: null
		});
		const before = await written(temp);
		const result = await completeReview(
			await contextOf(temp, planId),
			page,
			editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress'])
		);
		expect(result).toMatchObject({
			ok: false,
			reason: 'stale',
			current: { revision: 2, childViews: 'I like the park.' }
		});
		expect(await written(temp)).toEqual(before);
	});

	it('refuses, writing nothing, once the plan has moved on (archived since the page was drawn)', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const ctx = await contextOf(temp, planId);
		const page = await reviewOf(temp, planId, reviewId);
		await archivePlan(await openPlanAs(temp.db, accountId, planId, 'share'), {
			reason: 'Sarah moved to another school.'
		});
		const before = await written(temp);
		expect(
			await completeReview(ctx, page, editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']))
		).toEqual({ ok: false, reason: 'moved-on' });
		expect(await written(temp)).toEqual(before);
	});

	it('refuses team members that are not the reviewed version’s, writing nothing', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const before = await written(temp);
		expect(
			await completeReview(await contextOf(temp, planId), await reviewOf(temp, planId, reviewId), {
				...editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']),
				tookPart: ['someone-else']
			})
		).toEqual({ ok: false, reason: 'bad-ids', ids: ['someone-else'] });
		expect(await written(temp)).toEqual(before);
	});

	it('refuses a review that is not there, writing nothing', async () => {
		const { planId, v1, reviewId } = await startedReview();
		const page = await reviewOf(temp, planId, reviewId);
		const before = await written(temp);
		expect(
			await completeReview(
				await contextOf(temp, planId),
				{ ...page, review: { ...page.review, id: 'gone' } },
				editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress'])
			)
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await written(temp)).toEqual(before);
	});

	it('rolls back everything, the save too, when a write fails part-way', async () => {
		const { planId, v1, reviewId } = await startedReview();
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
		const before = await written(temp);
		await expect(
			completeReview(
				await contextOf(temp, planId),
				await reviewOf(temp, planId, reviewId),
				editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress'])
			)
		).rejects.toThrow();
		expect(await written(temp)).toEqual(before);
	});

	it('lives through two review cycles, every past snapshot and review still readable', async () => {
		const { planId, v1, reviewId: first } = await startedReview();
		const done1 = await completeReview(await contextOf(temp, planId), await reviewOf(temp, planId, first), {
			...editorInput(v1.document, 1, '2027-03-04', ['achieved', 'good-progress']),
			childViews: 'First views.'
		});
		if (!done1.ok) throw new Error('complete 1');

		const v2 = await agreeCurrent(temp, planId);
		const second = await startReview(await contextOf(temp, planId), { date: '2028-02-01' });
		if (!second.ok) throw new Error('start 2');
		const done2 = await completeReview(await contextOf(temp, planId), await reviewOf(temp, planId, second.id), {
			...editorInput(v2.document, 1, '2028-02-10', ['some-progress']),
			childViews: 'Second views.'
		});
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

		// Comparing v1 with v3: the achieved outcome is gone, the other's step moved on with the plan's dates;
		// no ids shown.
		const comparison = (await compareVersions(temp.db, planId, versions[2]!.id, versions[0]!.id, today))!;
		const label = (text: string) => text.slice(0, 59) + (text.length > 60 ? '…' : '');
		expect(comparison.changes.filter((c) => c.layer === 'outcomes').map((c) => [c.change, c.label])).toEqual([
			['removed', label(v1.document.outcomes[0]!.text)],
			['changed', label(v1.document.outcomes[1]!.text)]
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

describe('reading reviews back', () => {
	it('refuses a review row whose JSON is damaged, naming the column, rather than reading it as empty', async () => {
		const { planId, reviewId } = await startedReview();
		await temp.db.updateTable('review').set({ progress: '{"o1": ' }).where('id', '=', reviewId).execute();
		await expect(getReview(temp.db, planId, reviewId)).rejects.toThrow(
			new RegExp(`Review ${reviewId} is damaged:[^]*Expected JSON text[^]*at progress`)
		);
	});
});

describe('archiving', () => {
	it('archives once with a reason, audited', async () => {
		const { planId } = await newPlan(temp);
		expect(
			(
				await archivePlan(await openPlanAs(temp.db, accountId, planId, 'share'), {
					reason: 'Sarah moved to another school.'
				})
			).ok
		).toBe(true);
		expect(await archivePlan(await openPlanAs(temp.db, accountId, planId, 'share'), { reason: 'again' })).toEqual({
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
	});
});
