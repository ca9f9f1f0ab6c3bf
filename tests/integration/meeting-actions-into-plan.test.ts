import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { actionSchema, putActionSchema } from '$lib/forms/meeting';
import { latestPlanAuditId } from '$lib/server/db/plan-change-feed';
import { meetingOf, pointsOf } from '$lib/server/db/meetings';
import { loadPlan } from '$lib/server/db/plan-load';
import { readPlanChangeEvents } from '$lib/server/live/plan-change-events';
import { readActionChoices } from '$lib/server/meetings/action-choices';
import { addMeetingPoint } from '$lib/server/meetings/add-meeting-point';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { readMeetingView } from '$lib/server/meetings/meeting-view';
import { putActionIntoPlan } from '$lib/server/meetings/put-action-into-plan';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import type { PlanContext } from '$lib/server/plans/plan-context';
import { openPlanAs } from './support/open-plan-as';
import { coordinatorAndGrace, accountId, agreeCurrent, contextOf, grantAccess, newPlan } from './support/reviews';
import type { TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await coordinatorAndGrace();
});
afterEach(() => temp.dispose());

/** Sarah's draft plan (Grace, her mother, may contribute) with a meeting open and one action agreed. */
async function meetingWithAction(byWhen: { day: string; month: string; year: string } | null = null) {
	const { planId } = await newPlan(temp);
	await grantAccess(temp, planId, 'grace', 'contributor');
	const started = await startMeeting(await contextOf(temp, planId));
	if (!started.ok) throw new Error(JSON.stringify(started));
	const action = v.parse(actionSchema, {
		actionText: 'Ask the OT for a seating assessment',
		who: 'Priya Shah',
		byWhen: byWhen ?? { day: '14', month: '1', year: '2027' }
	});
	const added = await addMeetingPoint(await contextOf(temp, planId), started.id, { kind: 'action', ...action });
	if (!added.ok) throw new Error(JSON.stringify(added));
	return { planId, meetingId: started.id, pointId: added.id };
}

/** The confirmation as the page sends it: the choice, and the revision the question was asked at. */
function confirmation(ctx: PlanContext, pointId: string, as: string, revision: number) {
	return v.parse(putActionSchema, { put: pointId, as, revision: String(revision) });
}

/** What the page's question offered, read as the meeting page reads it. */
function asked(ctx: PlanContext, points: Awaited<ReturnType<typeof pointsOf>>, pointId: string, as: string) {
	return readActionChoices(ctx, points, true, new URLSearchParams({ screen: 'actions', put: pointId, as }));
}

const auditAfter = (planId: string, after: number) =>
	temp.db
		.selectFrom('audit_event')
		.select(['action', 'item', 'account_id'])
		.where('plan_id', '=', planId)
		.where('id', '>', after)
		.orderBy('id')
		.execute();

describe('putting an action agreed in a meeting into the plan', () => {
	it('as a new step of an outcome: by the action’s date, with who; marked, audited and told live', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		const chair = await contextOf(temp, planId);
		const outcome = chair.document.outcomes[1]!;
		const question = asked(chair, await pointsOf(temp.db, meetingId), pointId, `step:${outcome.id}`);
		expect(question.errors).toBeNull();
		expect(question.confirm?.question).toBe(
			'Add “Ask the OT for a seating assessment (Priya Shah)” as step 2 of outcome 2, “By the age of 16, Sarah will travel…”, by 14 January 2027?'
		);
		const before = await latestPlanAuditId(temp.db, planId);

		const result = await putActionIntoPlan(
			chair,
			meetingId,
			confirmation(chair, pointId, question.confirm!.as, question.confirm!.revision)
		);
		expect(result).toEqual({ ok: true, item: `outcome:${outcome.id}`, became: `step:${outcome.id}` });

		const plan = (await loadPlan(temp.db, planId))!;
		expect(plan.document.outcomes[1]!.steps).toEqual([
			...outcome.steps,
			{ text: 'Ask the OT for a seating assessment (Priya Shah)', targetDate: '2027-01-14' }
		]);
		// The outcome's revision guards its steps, so a form drawn before the step was added is refused as stale.
		expect(plan.revisions[outcome.id]).toBe(chair.revisions[outcome.id]! + 1);
		expect(plan.version.content_revision).toBe(chair.version.content_revision + 1);
		expect((await pointsOf(temp.db, meetingId)).find((p) => p.id === pointId)!.became).toBe(`step:${outcome.id}`);
		expect(await auditAfter(planId, before)).toEqual([
			{ action: 'meeting.action-into-plan', item: `meeting:${meetingId}`, account_id: accountId },
			{ action: 'plan.changed', item: `outcome:${outcome.id}`, account_id: accountId }
		]);
		const told = await readPlanChangeEvents(temp.db, planId, before, 'someone-else');
		expect(told.map((event) => event.what)).toEqual([
			'Put an action agreed in a meeting into the plan',
			'Changed outcome 2: “By the age of 16, Sarah will travel…”'
		]);

		const view = await readMeetingView(await contextOf(temp, planId), meetingId, new URLSearchParams());
		expect(view.actions.map((action) => action.became)).toEqual(['Became step 2 of outcome 2']);
		// Once in the plan, it is not offered again.
		const again = readActionChoices(
			await contextOf(temp, planId),
			await pointsOf(temp.db, meetingId),
			true,
			new URLSearchParams()
		);
		expect(again.choices).toEqual({});
	});

	it('as the plan’s next review date, and again (a second action) as a provision’s review date', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction({ day: '5', month: '2', year: '2027' });
		const chair = await contextOf(temp, planId);
		const ask = asked(chair, await pointsOf(temp.db, meetingId), pointId, 'plan-review');
		expect(ask.confirm?.question).toBe('Set the plan’s next review date to 5 February 2027 (it is 5 March 2027 now)?');
		const before = await latestPlanAuditId(temp.db, planId);
		expect(
			await putActionIntoPlan(chair, meetingId, confirmation(chair, pointId, 'plan-review', ask.confirm!.revision))
		).toEqual({ ok: true, item: 'plan', became: 'plan-review' });
		let plan = (await loadPlan(temp.db, planId))!;
		expect(plan.document.plan).toMatchObject({ reviewDate: '2027-02-05', startDate: chair.document.plan.startDate });
		expect(plan.document.plan.title).toBe(chair.document.plan.title);
		expect((await auditAfter(planId, before)).map((row) => [row.action, row.item])).toEqual([
			['meeting.action-into-plan', `meeting:${meetingId}`],
			['plan.changed', 'plan']
		]);

		const second = v.parse(actionSchema, {
			actionText: 'Review the mentoring',
			who: 'Tom Reilly',
			byWhen: { day: '1', month: '2', year: '2027' }
		});
		const added = await addMeetingPoint(await contextOf(temp, planId), meetingId, { kind: 'action', ...second });
		if (!added.ok) throw new Error('not added');
		const now = await contextOf(temp, planId);
		const provision = now.document.provision[1]!;
		const choice = asked(now, await pointsOf(temp.db, meetingId), added.id, `provision-review:${provision.id}`);
		expect(choice.confirm?.question).toBe(
			'Set the review date of provision 2, “A mentor meets Sarah to explore her…”, to 1 February 2027 (it is 5 March 2027 now)?'
		);
		expect(
			await putActionIntoPlan(now, meetingId, confirmation(now, added.id, choice.confirm!.as, choice.confirm!.revision))
		).toEqual({ ok: true, item: `provision:${provision.id}`, became: `provision-review:${provision.id}` });
		plan = (await loadPlan(temp.db, planId))!;
		const { reviewDate, ...rest } = plan.document.provision[1]!;
		expect(reviewDate).toBe('2027-02-01');
		const { reviewDate: _was, ...unchanged } = provision;
		expect(rest).toEqual(unchanged);
		const view = await readMeetingView(await contextOf(temp, planId), meetingId, new URLSearchParams());
		expect(view.actions.map((action) => action.became)).toEqual([
			'Set as the plan’s next review date',
			'Set as the review date of provision 2'
		]);
	});

	it('goes in once: a second confirmation is refused as already done, and writes nothing', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		const chair = await contextOf(temp, planId);
		const outcomeId = chair.document.outcomes[0]!.id;
		const input = confirmation(chair, pointId, `step:${outcomeId}`, chair.revisions[outcomeId]!);
		expect((await putActionIntoPlan(chair, meetingId, input)).ok).toBe(true);
		const before = await latestPlanAuditId(temp.db, planId);
		const later = await contextOf(temp, planId);
		const fresh = confirmation(later, pointId, `step:${outcomeId}`, later.revisions[outcomeId]!);
		expect(await putActionIntoPlan(later, meetingId, fresh)).toEqual({ ok: false, reason: 'already' });
		expect(await auditAfter(planId, before)).toEqual([]);
		expect((await loadPlan(temp.db, planId))!.document.outcomes[0]!.steps).toHaveLength(
			chair.document.outcomes[0]!.steps.length + 1
		);
	});

	it('is refused as stale when what the question described changed since it was asked', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		const chair = await contextOf(temp, planId);
		const ask = asked(chair, await pointsOf(temp.db, meetingId), pointId, 'plan-review');
		// Someone changes the plan's details meanwhile (its revision moves on), so the question is out of date.
		await temp.db
			.updateTable('plan_version')
			.set({ revision: chair.version.revision + 1 })
			.where('id', '=', chair.version.id)
			.execute();
		const stale = confirmation(chair, pointId, 'plan-review', ask.confirm!.revision);
		expect(await putActionIntoPlan(chair, meetingId, stale)).toEqual({ ok: false, reason: 'stale' });
		expect((await pointsOf(temp.db, meetingId))[0]!.became).toBeNull();
	});

	it('is refused to a family member, who may not edit the plan', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		const outcomeId = grace.document.outcomes[0]!.id;
		const input = confirmation(grace, pointId, `step:${outcomeId}`, grace.revisions[outcomeId]!);
		const before = await latestPlanAuditId(temp.db, planId);
		expect(await putActionIntoPlan(grace, meetingId, input)).toEqual({ ok: false, reason: 'not-allowed' });
		expect(readActionChoices(grace, await pointsOf(temp.db, meetingId), false, new URLSearchParams()).choices).toEqual(
			{}
		);
		expect(await auditAfter(planId, before)).toEqual([]);
	});

	it('is refused once the meeting has ended', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		expect((await endMeeting(await contextOf(temp, planId), meetingId)).ok).toBe(true);
		const chair = await contextOf(temp, planId);
		const outcomeId = chair.document.outcomes[0]!.id;
		const input = confirmation(chair, pointId, `step:${outcomeId}`, chair.revisions[outcomeId]!);
		expect(await putActionIntoPlan(chair, meetingId, input)).toEqual({ ok: false, reason: 'ended' });
		expect((await loadPlan(temp.db, planId))!.document.outcomes[0]!.steps).toEqual(chair.document.outcomes[0]!.steps);
	});

	it('is refused for a point that is not this meeting’s action: a parked point, another meeting’s action', async () => {
		const first = await meetingWithAction();
		const chair = await contextOf(temp, first.planId);
		const parked = await addMeetingPoint(chair, first.meetingId, { kind: 'parked', text: 'Transport' });
		if (!parked.ok) throw new Error('not parked');
		const outcomeId = chair.document.outcomes[0]!.id;
		const revision = chair.revisions[outcomeId]!;
		expect(
			await putActionIntoPlan(chair, first.meetingId, confirmation(chair, parked.id, `step:${outcomeId}`, revision))
		).toEqual({ ok: false, reason: 'no-action' });
		expect((await endMeeting(chair, first.meetingId)).ok).toBe(true);
		const next = await startMeeting(await contextOf(temp, first.planId));
		if (!next.ok) throw new Error('not started');
		const again = await contextOf(temp, first.planId);
		expect(
			await putActionIntoPlan(again, next.id, confirmation(again, first.pointId, `step:${outcomeId}`, revision))
		).toEqual({ ok: false, reason: 'no-action' });
		expect(
			await putActionIntoPlan(
				again,
				'no-such-meeting',
				confirmation(again, first.pointId, `step:${outcomeId}`, revision)
			)
		).toEqual({ ok: false, reason: 'not-found' });
	});

	it('is not offered on an agreed plan, which says why; a confirmation sent anyway is refused as frozen', async () => {
		const { planId } = await newPlan(temp);
		await agreeCurrent(temp, planId);
		const started = await startMeeting(await contextOf(temp, planId));
		if (!started.ok) throw new Error('not started');
		expect((await meetingOf(temp.db, planId, started.id))!.kind).toBe('review');
		const action = v.parse(actionSchema, {
			actionText: 'Ask the OT',
			who: 'Priya Shah',
			byWhen: { day: '14', month: '1', year: '2027' }
		});
		const added = await addMeetingPoint(await contextOf(temp, planId), started.id, { kind: 'action', ...action });
		if (!added.ok) throw new Error('not added');
		const chair = await contextOf(temp, planId);
		const offered = readActionChoices(chair, await pointsOf(temp.db, started.id), true, new URLSearchParams());
		expect(offered.choices).toEqual({});
		expect(offered.reason).toMatch(/^The plan is agreed, so it changes only through its review/);
		const outcomeId = chair.document.outcomes[0]!.id;
		const input = confirmation(chair, added.id, `step:${outcomeId}`, chair.revisions[outcomeId]!);
		expect(await putActionIntoPlan(chair, started.id, input)).toEqual({ ok: false, reason: 'frozen' });
		expect((await pointsOf(temp.db, started.id))[0]!.became).toBeNull();
	});
});

describe('the chair’s choice as the page reads it', () => {
	it('answers a choice sent by hand with a message by the field and for the summary, never a failure', async () => {
		const { planId, meetingId, pointId } = await meetingWithAction();
		const chair = await contextOf(temp, planId);
		const points = await pointsOf(temp.db, meetingId);
		expect(asked(chair, points, pointId, '').errors).toEqual({
			[`as-${pointId}`]: 'Choose where in the plan to put it'
		});
		expect(asked(chair, points, pointId, 'step:nope').errors).toEqual({
			[`as-${pointId}`]: 'That place is not offered for this action: choose one from the list'
		});
		expect(asked(chair, points, pointId, '<script>').errors).toEqual({
			[`as-${pointId}`]: 'Choose one of the places offered in the plan'
		});
		expect(asked(chair, points, 'someone-else', 'plan-review').errors).toEqual({
			form: 'That is not one of this meeting’s actions: choose again from the list.'
		});
		expect(v.safeParse(putActionSchema, { put: pointId, as: 'plan-review', revision: 'x' }).success).toBe(false);
	});
});
