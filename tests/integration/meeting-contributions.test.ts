import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { contributionSchema, intoPlanSchema } from '$lib/forms/meeting';
import { profileEntry } from '$lib/plan/profile-entry';
import { attendeesOf, contributionsOf } from '$lib/server/db/meetings';
import { loadPlan } from '$lib/server/db/plan-load';
import { suggestionsOfVersion } from '$lib/server/db/suggestions';
import { addContribution, myself } from '$lib/server/meetings/add-contribution';
import { contributionIntoPlan } from '$lib/server/meetings/contribution-into-plan';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { readMeetingView } from '$lib/server/meetings/meeting-view';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import { acceptSuggestion } from '$lib/server/plans/accept-suggestion';
import { suggestChange } from '$lib/server/plans/suggest-change';
import { openPlanAs } from './support/open-plan-as';
import { coordinatorAndGrace, agreeCurrent, contextOf, grantAccess, newPlan } from './support/reviews';
import type { TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await coordinatorAndGrace();
});
afterEach(() => temp.dispose());

/** Sarah's draft plan with Grace (her mother) a contributor, and a meeting on it; Sarah is first on its list. */
async function meetingOnDraft() {
	const { planId } = await newPlan(temp);
	await grantAccess(temp, planId, 'grace', 'contributor');
	const started = await startMeeting(await contextOf(temp, planId));
	if (!started.ok) throw new Error(JSON.stringify(started));
	const [sarah] = await attendeesOf(temp.db, started.id);
	return { planId, meetingId: started.id, sarahId: sarah!.id };
}

/** Adds what `speaker` said on `screen`, as `ctx`, and gives the contribution's id. */
async function said(
	ctx: Awaited<ReturnType<typeof contextOf>>,
	meetingId: string,
	input: { screen: string; speaker: string; text: string; supportedBy?: string }
) {
	const result = await addContribution(ctx, meetingId, v.parse(contributionSchema, { supportedBy: '', ...input }));
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.id;
}

const into = (contribution: string, as: string, area = '') => v.parse(intoPlanSchema, { contribution, as, area });

const documentOf = async (planId: string) => (await loadPlan(temp.db, planId))!.document;

describe('a contribution becomes an item of the plan', () => {
	it('Sarah’s words on the plan’s screen become an aspiration in her voice, said by Sarah with her key worker', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const chair = await contextOf(temp, planId);
		const words = 'I want to work with horses when I leave school.';
		const id = await said(chair, meetingId, {
			screen: 'plan',
			speaker: sarahId,
			text: words,
			supportedBy: 'her key worker'
		});
		const before = (await documentOf(planId)).aspirations.length;

		const result = await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(id, 'aspiration'));
		expect(result).toMatchObject({ ok: true, kind: 'aspiration' });
		const aspirations = (await documentOf(planId)).aspirations;
		expect(aspirations).toHaveLength(before + 1);
		expect(aspirations.at(-1)).toMatchObject({
			text: words,
			voice: 'child',
			saidBy: { name: 'Sarah', child: true, with: 'her key worker', recordedBy: 'Daniel Price' }
		});
		expect(aspirations.at(-1)!.saidBy!.recordedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const [row] = await contributionsOf(temp.db, meetingId);
		expect(row!.became).toBe(`aspiration:${aspirations.at(-1)!.id}`);
		// The meeting says what it became, by the aspiration's number in the plan.
		const view = await readMeetingView(
			await contextOf(temp, planId, 'view'),
			meetingId,
			new URLSearchParams({ screen: 'plan' })
		);
		expect(view.said[0]!.became).toBe(`Became aspiration ${before + 1}`);
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item'])
			.where('item', '=', row!.became)
			.execute();
		expect(audit).toEqual([{ action: 'plan.changed', item: row!.became }]);
	});

	it('what Grace said from her phone on “What we like and admire” becomes an About me entry she may later decide on', async () => {
		const { planId, meetingId } = await meetingOnDraft();
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		const words = 'She never gives up on a puzzle.';
		const id = await said(grace, meetingId, { screen: 'like-and-admire', speaker: myself, text: words });

		expect(
			await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(id, 'like-and-admire'))
		).toMatchObject({
			ok: true,
			kind: 'like-and-admire'
		});
		const entries = (await documentOf(planId)).profile!.likeAndAdmire!.map(profileEntry);
		expect(entries.at(-1)).toMatchObject({
			text: words,
			saidBy: { name: 'Person grace', recordedBy: 'Person grace', accountId: 'grace' }
		});
		const view = await readMeetingView(
			await contextOf(temp, planId, 'view'),
			meetingId,
			new URLSearchParams({ screen: 'like-and-admire' })
		);
		expect(view.said[0]!.became).toBe('Added to What we like and admire');
	});

	it('a need is written in the area chosen; an outcome with its words alone, for the checker to ask for the rest', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const chair = await contextOf(temp, planId);
		const need = await said(chair, meetingId, { screen: 'plan', speaker: sarahId, text: 'Noise in the canteen.' });
		const outcome = await said(chair, meetingId, {
			screen: 'plan',
			speaker: sarahId,
			text: 'Eat lunch with a friend.'
		});
		expect(v.safeParse(intoPlanSchema, { contribution: need, as: 'need', area: '' }).success).toBe(false);
		expect(await contributionIntoPlan(chair, meetingId, { contribution: need, as: 'need', area: null })).toEqual({
			ok: false,
			reason: 'no-area'
		});
		expect(
			await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(need, 'need', 'sensory-and-physical'))
		).toMatchObject({ ok: true });
		expect(
			await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(outcome, 'outcome'))
		).toMatchObject({
			ok: true
		});
		const document = await documentOf(planId);
		expect(document.needs.at(-1)).toMatchObject({
			text: 'Noise in the canteen.',
			area: 'sensory-and-physical',
			aspirationIds: []
		});
		expect(document.outcomes.at(-1)).toMatchObject({
			text: 'Eat lunch with a friend.',
			aspirationIds: [],
			needIds: []
		});
	});
});

describe('taking a contribution into the plan is refused', () => {
	it('the second time: the same words are not taken in twice', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const chair = await contextOf(temp, planId);
		const id = await said(chair, meetingId, { screen: 'plan', speaker: sarahId, text: 'I want a dog.' });
		expect((await contributionIntoPlan(chair, meetingId, into(id, 'aspiration'))).ok).toBe(true);
		const count = (await documentOf(planId)).aspirations.length;
		expect(await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(id, 'need', 'health'))).toEqual({
			ok: false,
			reason: 'taken'
		});
		expect((await documentOf(planId)).aspirations).toHaveLength(count);
		expect((await documentOf(planId)).needs.some((need) => need.text === 'I want a dog.')).toBe(false);
	});

	it('to the family, who may add words but not chair: nothing is written', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const id = await said(await contextOf(temp, planId), meetingId, {
			screen: 'plan',
			speaker: sarahId,
			text: 'I want a dog.'
		});
		const before = await documentOf(planId);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await contributionIntoPlan(grace, meetingId, into(id, 'aspiration'))).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		expect(await documentOf(planId)).toEqual(before);
		expect((await contributionsOf(temp.db, meetingId))[0]!.became).toBeNull();
	});

	it('once the meeting has ended, or as a kind its screen does not offer', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const chair = await contextOf(temp, planId);
		const liked = await said(chair, meetingId, { screen: 'like-and-admire', speaker: sarahId, text: 'Kind.' });
		const working = await said(chair, meetingId, { screen: 'working', speaker: sarahId, text: 'Art works.' });
		expect(await contributionIntoPlan(chair, meetingId, into(liked, 'aspiration'))).toEqual({
			ok: false,
			reason: 'wrong-kind'
		});
		expect(await contributionIntoPlan(chair, meetingId, into(working, 'important'))).toEqual({
			ok: false,
			reason: 'wrong-kind'
		});
		expect(await contributionIntoPlan(chair, 'no-such-meeting', into(liked, 'like-and-admire'))).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await endMeeting(chair, meetingId)).toEqual({ ok: true });
		const before = await documentOf(planId);
		expect(
			await contributionIntoPlan(await contextOf(temp, planId), meetingId, into(liked, 'like-and-admire'))
		).toEqual({
			ok: false,
			reason: 'ended'
		});
		expect(await documentOf(planId)).toEqual(before);
	});

	it('in a review meeting on an agreed plan: it changes through the review', async () => {
		const { planId } = await newPlan(temp);
		await agreeCurrent(temp, planId);
		const started = await startMeeting(await contextOf(temp, planId));
		if (!started.ok) throw new Error('not started');
		const [sarah] = await attendeesOf(temp.db, started.id);
		const chair = await contextOf(temp, planId);
		const id = await said(chair, started.id, { screen: 'plan', speaker: sarah!.id, text: 'More art.' });
		expect(await contributionIntoPlan(chair, started.id, into(id, 'aspiration'))).toEqual({
			ok: false,
			reason: 'frozen'
		});
		expect((await contributionsOf(temp.db, started.id))[0]!.became).toBeNull();
	});
});

describe('a suggestion made from the meeting', () => {
	it('leaves Sarah’s words as she said them, waiting beside them, until accepted with her', async () => {
		const { planId, meetingId, sarahId } = await meetingOnDraft();
		const chair = await contextOf(temp, planId);
		const words = 'I want to work with horses.';
		const id = await said(chair, meetingId, { screen: 'plan', speaker: sarahId, text: words });
		const taken = await contributionIntoPlan(chair, meetingId, into(id, 'aspiration'));
		if (!taken.ok) throw new Error(JSON.stringify(taken));

		// Grace, on the meeting's plan screen, may suggest new words for Sarah's: not change them.
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		const graceView = await readMeetingView(grace, meetingId, new URLSearchParams({ screen: 'plan' }));
		const shown = graceView.planWords.find((words) => words.id === taken.id)!;
		expect(shown).toMatchObject({ said: 'Sarah said', maySuggest: true, open: [] });
		const made = await suggestChange(grace, {
			itemId: taken.id,
			revision: shown.revision,
			text: 'I want to work with horses and ponies.'
		});
		expect(made).toMatchObject({ ok: true });

		const aspiration = async () => (await documentOf(planId)).aspirations.find((a) => a.id === taken.id)!;
		expect((await aspiration()).text).toBe(words);
		const chairView = await readMeetingView(
			await contextOf(temp, planId),
			meetingId,
			new URLSearchParams({ screen: 'plan' })
		);
		const waiting = chairView.planWords.find((words) => words.id === taken.id)!.open;
		expect(waiting).toMatchObject([
			{
				text: 'I want to work with horses and ponies.',
				heading: 'Person suggests:',
				speaker: 'Sarah',
				right: 'with-them'
			}
		]);
		expect(
			(await readMeetingView(grace, meetingId, new URLSearchParams({ screen: 'plan' }))).planWords.find(
				(w) => w.id === taken.id
			)!.open[0]!.right
		).toBeNull();

		// The chair decides only with Sarah.
		const suggestionId = waiting[0]!.id;
		expect(await acceptSuggestion(await contextOf(temp, planId), { suggestionId })).toEqual({
			ok: false,
			reason: 'needs-agreement'
		});
		expect((await aspiration()).text).toBe(words);
		expect(
			await acceptSuggestion(await contextOf(temp, planId), { suggestionId, agreed: true, how: 'in the meeting' })
		).toEqual({ ok: true, itemId: taken.id });
		expect(await aspiration()).toMatchObject({
			text: 'I want to work with horses and ponies.',
			saidBy: { name: 'Sarah' }
		});
		const version = (await loadPlan(temp.db, planId))!.version.id;
		expect((await suggestionsOfVersion(temp.db, version)).map((s) => [s.status, s.decided_with])).toEqual([
			['accepted', 'Sarah, in the meeting']
		]);
	});
});
