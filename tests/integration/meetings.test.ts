import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	actionSchema,
	attendanceOf,
	contributionSchema,
	meetingCheckSchema,
	meetingOutcomeSchema
} from '$lib/forms/meeting';
import { childRecordTables } from '$lib/server/db/child-records';
import { deleteFamilyAccount } from '$lib/server/db/family-accounts';
import { attendeesOf, contributionsOf, meetingOf, pointsOf } from '$lib/server/db/meetings';
import { addAttendee } from '$lib/server/meetings/add-attendee';
import { addContribution, myself } from '$lib/server/meetings/add-contribution';
import { addMeetingPoint } from '$lib/server/meetings/add-meeting-point';
import { recordMeetingCheck } from '$lib/server/meetings/record-meeting-check';
import { recordMeetingOutcome } from '$lib/server/meetings/record-meeting-outcome';
import { openReviewOf } from '$lib/server/db/reviews';
import { startReview } from '$lib/server/reviews/start-review';
import { today } from '$lib/server/clock/clock';
import { settleMeetingPoint } from '$lib/server/meetings/settle-meeting-point';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { moveToScreen } from '$lib/server/meetings/move-to-screen';
import { recordAttendance } from '$lib/server/meetings/record-attendance';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import { seedAccount } from './support/accounts';
import { openPlanAs } from './support/open-plan-as';
import { accountId, agreeCurrent, contextOf, newPlan, seedCoordinator } from './support/reviews';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await createTempDatabase();
	await seedCoordinator(temp);
	await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
	await seedAccount(temp.db, { id: 'reader', organisationId: null, role: null });
});
afterEach(() => temp.dispose());

/** Sarah's draft plan, Grace (her mother) a contributor and another family member a viewer. */
async function draftPlan() {
	const { planId } = await newPlan(temp);
	const grant = (account: string, level: 'contributor' | 'viewer') => ({
		plan_id: planId,
		account_id: account,
		level,
		granted_by: accountId,
		granted_at: '2026-11-22T10:00:00Z'
	});
	await temp.db
		.insertInto('plan_access')
		.values([grant('grace', 'contributor'), grant('reader', 'viewer')])
		.execute();
	return planId;
}

async function started(planId: string) {
	const result = await startMeeting(await contextOf(temp, planId));
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.id;
}

const said = (speaker: string, text: string, supportedBy = '', screen = 'like-and-admire') =>
	v.parse(contributionSchema, { screen, speaker, supportedBy, text });

const meetingAudit = (planId: string) =>
	temp.db
		.selectFrom('audit_event')
		.select(['action', 'item', 'account_id'])
		.where('plan_id', '=', planId)
		.where('action', 'in', ['meeting.started', 'meeting.changed', 'meeting.contribution-added', 'meeting.ended'])
		.orderBy('id')
		.execute();

describe('starting a meeting', () => {
	it('lists the child first, then the team, on the first screen; a planning meeting on a draft, audited', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const meeting = (await meetingOf(temp.db, planId, id))!;
		expect(meeting).toMatchObject({ kind: 'planning', screen: 'here', ended_at: null, started_by: accountId });
		const list = await attendeesOf(temp.db, id);
		expect(list[0]).toMatchObject({ position: 1, name: 'Sarah Okafor', is_child: 1, attendance: null });
		expect(list.slice(1).map((a) => a.is_child)).toEqual(list.slice(1).map(() => 0));
		expect(list.map((a) => a.position)).toEqual(list.map((_, i) => i + 1));
		expect(await meetingAudit(planId)).toEqual([
			{ action: 'meeting.started', item: `meeting:${id}`, account_id: accountId }
		]);
	});

	it('is a review meeting on an agreed plan; a second start finds the one already open', async () => {
		const planId = await draftPlan();
		await agreeCurrent(temp, planId);
		const id = await started(planId);
		expect((await meetingOf(temp.db, planId, id))!.kind).toBe('review');
		expect(await startMeeting(await contextOf(temp, planId))).toEqual({ ok: false, reason: 'already-open', id });
	});

	it('is refused to the family and to those who only read: nothing is written', async () => {
		const planId = await draftPlan();
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await startMeeting(grace)).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await temp.db.selectFrom('meeting').selectAll().execute()).toEqual([]);
	});
});

describe('in the meeting', () => {
	it('the note-taker writes down anyone on the list; the family add their own words, or the child’s with them', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const list = await attendeesOf(temp.db, id);
		const sarah = list[0]!;
		const teacher = list[1]!;
		const chair = await contextOf(temp, planId);
		expect((await addContribution(chair, id, said(sarah.id, 'I like art.', 'her key worker'))).ok).toBe(true);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect((await addContribution(grace, id, said(myself, 'She is so kind to her brother.'))).ok).toBe(true);
		expect((await addContribution(grace, id, said(sarah.id, 'I want to go to college.'))).ok).toBe(true);
		expect(await addContribution(grace, id, said(teacher.id, 'Words put in another’s mouth'))).toEqual({
			ok: false,
			reason: 'not-theirs'
		});
		const reader = await openPlanAs(temp.db, 'reader', planId, 'view');
		expect(await addContribution(reader, id, said(myself, 'x'))).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await addContribution(chair, id, said('nobody', 'x'))).toEqual({ ok: false, reason: 'no-speaker' });

		const rows = await contributionsOf(temp.db, id);
		const after = await attendeesOf(temp.db, id);
		const graceLine = after.find((a) => a.account_id === 'grace')!;
		expect(graceLine).toMatchObject({
			name: 'Person grace',
			role: 'Family',
			attendance: 'here',
			position: list.length + 1
		});
		expect(rows.map((r) => [r.attendee_id, r.supported_by, r.text, r.written_by])).toEqual([
			[sarah.id, 'her key worker', 'I like art.', accountId],
			[graceLine.id, null, 'She is so kind to her brother.', 'grace'],
			[sarah.id, 'Person grace', 'I want to go to college.', 'grace']
		]);
		// A second contribution of Grace's own goes on the line she joined with.
		await addContribution(grace, id, said(myself, 'Mornings are hard.', '', 'working'));
		expect((await attendeesOf(temp.db, id)).length).toBe(list.length + 1);
		expect((await meetingAudit(planId)).filter((row) => row.action === 'meeting.contribution-added')).toHaveLength(4);
	});

	it('a practitioner on the team is found on the list by their name when the team has no email for them', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		await temp.db.updateTable('account').set({ name: 'Priya Shah' }).where('id', '=', 'grace').execute();
		const priya = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect((await addContribution(priya, id, said(myself, 'Her sentences are longer now.'))).ok).toBe(true);
		const list = await attendeesOf(temp.db, id);
		const [row] = await contributionsOf(temp.db, id);
		expect(list.find((a) => a.id === row!.attendee_id)).toMatchObject({
			name: 'Priya Shah',
			role: 'Speech and language therapist'
		});
		expect(list).toHaveLength(6);
	});

	it('the chair records who is here and how the child takes part, adds a visitor, moves the screen; others may not', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const [sarah, teacher] = await attendeesOf(temp.db, id);
		const chair = await contextOf(temp, planId);
		const form = new Map([
			[`attendance-${sarah!.id}`, 'here'],
			[`attendance-${teacher!.id}`, 'apologies']
		]);
		const attendance = attendanceOf(form, [sarah!.id, teacher!.id, 'not-on-the-list']);
		expect(
			await recordAttendance(chair, id, { attendance, childTookPart: 'part', childTookPartHow: 'After break only' })
		).toEqual({ ok: true });
		expect(await addAttendee(chair, id, { name: 'Ayesha Khan', role: 'Grandmother' })).toMatchObject({ ok: true });
		expect(await moveToScreen(chair, id, 'working')).toEqual({ ok: true });
		const list = await attendeesOf(temp.db, id);
		expect(list.map((a) => a.attendance).slice(0, 2)).toEqual(['here', 'apologies']);
		expect(list.at(-1)).toMatchObject({ name: 'Ayesha Khan', role: 'Grandmother', attendance: 'here' });
		expect(await meetingOf(temp.db, planId, id)).toMatchObject({
			screen: 'working',
			child_took_part: 'part',
			child_took_part_how: 'After break only'
		});
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await moveToScreen(grace, id, 'check')).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await endMeeting(grace, id)).toEqual({ ok: false, reason: 'not-allowed' });
		expect((await meetingOf(temp.db, planId, id))!.screen).toBe('working');
	});

	it('once ended, nothing more is added, and a new meeting can start', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const [sarah] = await attendeesOf(temp.db, id);
		const chair = await contextOf(temp, planId);
		expect(await endMeeting(chair, id)).toEqual({ ok: true });
		expect(await endMeeting(chair, id)).toEqual({ ok: false, reason: 'ended' });
		expect(await addContribution(chair, id, said(sarah!.id, 'Late'))).toEqual({ ok: false, reason: 'ended' });
		expect(await moveToScreen(chair, id, 'check')).toEqual({ ok: false, reason: 'ended' });
		expect(await contributionsOf(temp.db, id)).toEqual([]);
		const second = await started(planId);
		expect(second).not.toBe(id);
		expect((await meetingAudit(planId)).map((row) => row.action)).toEqual([
			'meeting.started',
			'meeting.ended',
			'meeting.started'
		]);
	});
});

describe('parked points, actions and the check before agreeing', () => {
	it('anyone taking part parks a point, only the chair ticks it off or writes an action; all kept in order', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const chair = await contextOf(temp, planId);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		const reader = await openPlanAs(temp.db, 'reader', planId, 'view');
		const parked = await addMeetingPoint(grace, id, { kind: 'parked', text: 'Transport to college' });
		expect(parked.ok).toBe(true);
		expect(await addMeetingPoint(reader, id, { kind: 'parked', text: 'x' })).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		const action = v.parse(actionSchema, {
			actionText: 'Book a visit to the college',
			who: 'Grace Okafor',
			byWhen: { day: '15', month: '1', year: '2027' }
		});
		expect(await addMeetingPoint(grace, id, { kind: 'action', ...action })).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		expect((await addMeetingPoint(chair, id, { kind: 'action', ...action })).ok).toBe(true);
		const pointId = parked.ok ? parked.id : '';
		expect(await settleMeetingPoint(grace, id, pointId)).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await settleMeetingPoint(chair, id, pointId)).toEqual({ ok: true });
		expect(await settleMeetingPoint(chair, id, pointId)).toEqual({ ok: false, reason: 'no-point' });
		const points = await pointsOf(temp.db, id);
		expect(points.map((p) => [p.kind, p.text, p.who, p.by_when, p.added_by, p.settled_at !== null])).toEqual([
			['parked', 'Transport to college', null, null, 'grace', true],
			['action', 'Book a visit to the college', 'Grace Okafor', '2027-01-15', accountId, false]
		]);
	});

	it('records the four answers of the check, replaced when saved again; refused to the family', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const answers = (influence: string) =>
			v.parse(meetingCheckSchema, {
				space: 'Sarah chose to come for the first half, in the room she knows.',
				voice: 'In her own words, with her key worker beside her.',
				audience: 'Everyone at the meeting, including the head of year.',
				influence
			});
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await recordMeetingCheck(grace, id, answers('x'))).toEqual({ ok: false, reason: 'not-allowed' });
		const chair = await contextOf(temp, planId);
		expect(await recordMeetingCheck(chair, id, answers('Art club is in the plan.'))).toEqual({ ok: true });
		expect(await recordMeetingCheck(chair, id, answers('Art club and the college visit.'))).toEqual({ ok: true });
		expect(await meetingOf(temp.db, planId, id)).toMatchObject({
			check_voice: 'In her own words, with her key worker beside her.',
			check_influence: 'Art club and the college visit.'
		});
		const empty = v.safeParse(meetingCheckSchema, { space: '', voice: ' ', audience: 'a', influence: 'b' });
		expect(empty.success ? {} : v.flatten(empty.issues).nested).toEqual({
			space: ['Say whether they could take part as they wished'],
			voice: ['Say how their views were given']
		});
	});
});

describe('a burst of changes at once', () => {
	it('keeps every one, each in its own place on the list, and puts someone on the list once', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const [sarah] = await attendeesOf(temp.db, id);
		const chair = await contextOf(temp, planId);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		const results = await Promise.all([
			...Array.from({ length: 8 }, (_, i) => addContribution(chair, id, said(sarah!.id, `Chair note ${i}`))),
			...Array.from({ length: 8 }, (_, i) => addContribution(grace, id, said(myself, `Grace ${i}`))),
			...Array.from({ length: 4 }, (_, i) => addMeetingPoint(grace, id, { kind: 'parked', text: `Park ${i}` })),
			moveToScreen(chair, id, 'working')
		]);
		expect(results.filter((result) => !result.ok)).toEqual([]);
		const contributions = await contributionsOf(temp.db, id);
		expect(contributions).toHaveLength(16);
		expect(new Set(contributions.map((row) => row.position)).size).toBe(16);
		expect((await pointsOf(temp.db, id)).map((point) => point.position).sort()).toEqual([1, 2, 3, 4]);
		expect((await attendeesOf(temp.db, id)).filter((a) => a.account_id === 'grace')).toHaveLength(1);
		expect((await meetingAudit(planId)).filter((row) => row.action !== 'meeting.started')).toHaveLength(21);
	});
});

describe('a review meeting becomes the review record', () => {
	/** Sarah's agreed plan in a review meeting: who came, what was said, an action, the recommendation. */
	async function heldReviewMeeting() {
		const planId = await draftPlan();
		await agreeCurrent(temp, planId);
		const id = await started(planId);
		const list = await attendeesOf(temp.db, id);
		const [sarah, grace, , leah, priya] = list;
		const chair = await contextOf(temp, planId);
		const form = new Map([
			[`attendance-${sarah!.id}`, 'here'],
			[`attendance-${grace!.id}`, 'here'],
			[`attendance-${leah!.id}`, 'here'],
			[`attendance-${priya!.id}`, 'apologies']
		]);
		const attendance = attendanceOf(
			form,
			list.map((a) => a.id)
		);
		await recordAttendance(chair, id, { attendance, childTookPart: 'in-room', childTookPartHow: null });
		await addContribution(chair, id, said(sarah!.id, 'I want to go to college.', 'her key worker'));
		await addContribution(chair, id, said(grace!.id, 'Mornings are still hard.', '', 'working'));
		await addContribution(chair, id, said(leah!.id, 'She reads to the class now.'));
		const action = v.parse(actionSchema, {
			actionText: 'Book a visit to the college',
			who: 'Grace Okafor',
			byWhen: { day: '15', month: '1', year: '2027' }
		});
		await addMeetingPoint(chair, id, { kind: 'action', ...action });
		const outcome = v.parse(meetingOutcomeSchema, {
			recommendation: 'amend',
			recommendationDetail: 'Add travel training.',
			differences: 'Grace would like more speech therapy than the school proposes.'
		});
		expect(await recordMeetingOutcome(chair, id, outcome)).toEqual({ ok: true });
		return { planId, id, chair, agreedTeam: ['t1', 't2', 't4'] };
	}

	it('ending it starts the draft review and fills it from the record, nothing the family wrote replaced', async () => {
		const { planId, id, chair } = await heldReviewMeeting();
		expect(await endMeeting(chair, id)).toEqual({ ok: true });
		const meeting = (await meetingOf(temp.db, planId, id))!;
		const review = (await openReviewOf(temp.db, meeting.version_id))!;
		expect(meeting.review_id).toBe(review.id);
		expect(review).toMatchObject({
			date: today(),
			childTookPart: true,
			familyTookPart: true,
			childViewsHow: ['meeting'],
			progress: {}
		});
		expect(review.tookPart.map((p) => p.name)).toEqual(['Sarah Okafor', 'Grace Okafor', 'Ms Leah Hart']);
		expect(review.childViews).toMatch(
			/^In the meeting on \d+ \w+ \d{4}:\n“I want to go to college\.” \(with her key worker\)$/
		);
		expect(review.familyViews).toMatch(/\nGrace said: “Mornings are still hard\.”$/);
		expect(review.changesNext!.split('\n').slice(1)).toEqual([
			'The meeting recommends: Change the plan. Add travel training.',
			'Action: Book a visit to the college, Grace Okafor, by 15 January 2027',
			'Where people did not agree: Grace would like more speech therapy than the school proposes.'
		]);
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item'])
			.where('plan_id', '=', planId)
			.where('action', 'in', ['review.started', 'review.changed', 'meeting.ended'])
			.orderBy('id')
			.execute();
		expect(audit).toEqual([
			{ action: 'review.started', item: `review:${review.id}` },
			{ action: 'review.changed', item: `review:${review.id}` },
			{ action: 'meeting.ended', item: `meeting:${id}` }
		]);
	});

	it('goes into a review already started, below the views written beforehand', async () => {
		const { planId, id, chair } = await heldReviewMeeting();
		const started = await startReview(chair, { date: '2026-11-30' });
		if (!started.ok) throw new Error('review');
		await temp.db
			.updateTable('review')
			.set({ family_views: 'We are pleased with her reading.' })
			.where('id', '=', started.id)
			.execute();
		await endMeeting(chair, id);
		const review = (await openReviewOf(temp.db, (await meetingOf(temp.db, planId, id))!.version_id))!;
		expect(review.id).toBe(started.id);
		expect(review.revision).toBe(2);
		expect(review.familyViews).toMatch(/^We are pleased with her reading\.\n\nIn the meeting on .+:\nGrace said: /);
	});

	it('a planning meeting fills no review; the recommendation is kept for review meetings only', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const chair = await contextOf(temp, planId);
		const outcome = v.parse(meetingOutcomeSchema, {
			recommendation: 'cease',
			recommendationDetail: '',
			differences: 'Tom thinks the plan asks too much of Sarah.'
		});
		await recordMeetingOutcome(chair, id, outcome);
		await endMeeting(chair, id);
		expect(await meetingOf(temp.db, planId, id)).toMatchObject({
			recommendation: null,
			differences: 'Tom thinks the plan asks too much of Sarah.',
			review_id: null
		});
		expect(await temp.db.selectFrom('review').selectAll().execute()).toEqual([]);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await recordMeetingOutcome(grace, id, outcome)).toEqual({ ok: false, reason: 'not-allowed' });
	});

	it('refuses a recommendation the form never offers, with a plain message', () => {
		const parsed = v.safeParse(meetingOutcomeSchema, {
			recommendation: 'ignore',
			recommendationDetail: '',
			differences: ''
		});
		expect(parsed.success ? {} : v.flatten(parsed.issues).nested).toEqual({
			recommendation: ['Choose what the meeting recommends']
		});
	});
});

describe('the form and the records', () => {
	it('refuses an empty or unreadable contribution and an unknown screen with plain messages', () => {
		const parsed = v.safeParse(contributionSchema, {
			screen: 'elsewhere',
			speaker: '',
			supportedBy: '',
			text: 'a\u0007'
		});
		expect(parsed.success ? {} : v.flatten(parsed.issues).nested).toEqual({
			screen: ['Choose a screen of the agenda'],
			speaker: ['Choose who said it'],
			text: ['What they said holds characters that cannot be shown: remove them']
		});
		const empty = v.safeParse(contributionSchema, { screen: 'here', speaker: 'x', supportedBy: '', text: '  ' });
		expect(empty.success ? {} : v.flatten(empty.issues).nested).toEqual({ text: ['Enter what they said'] });
	});

	it('a closed family account leaves its words in the record without naming the account', async () => {
		const planId = await draftPlan();
		const id = await started(planId);
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		await addContribution(grace, id, said(myself, 'She is so kind.'));
		await temp.db.deleteFrom('plan_access').where('account_id', '=', 'grace').execute();
		expect(await deleteFamilyAccount(temp.db, 'grace')).toBe(true);
		const [row] = await contributionsOf(temp.db, id);
		expect(row).toMatchObject({ written_by: null, writer_name: 'Person grace', text: 'She is so kind.' });
		expect((await attendeesOf(temp.db, id)).find((a) => a.name === 'Person grace')!.account_id).toBeNull();
	});

	it('meetings are among a child’s records', () => {
		expect(childRecordTables.map((t) => t.table)).toEqual(
			expect.arrayContaining(['meeting', 'meeting_attendee', 'meeting_contribution', 'meeting_point'])
		);
	});
});
