import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { actionSchema, contributionSchema } from '$lib/forms/meeting';
import { attendeesOf } from '$lib/server/db/meetings';
import { readAccount } from '$lib/server/db/accounts';
import { addContribution, myself } from '$lib/server/meetings/add-contribution';
import { addMeetingPoint } from '$lib/server/meetings/add-meeting-point';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { exportMeetingPdf } from '$lib/server/meetings/export-meeting-pdf';
import { recordAttendance } from '$lib/server/meetings/record-attendance';
import { recordMeetingCheck } from '$lib/server/meetings/record-meeting-check';
import { settleMeetingPoint } from '$lib/server/meetings/settle-meeting-point';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import { closePdfPool } from '$lib/server/pdf/pool';
import { planContext } from '$lib/server/plans/plan-context';
import { readPdf } from './pdf/read-pdf';
import { seedAccount, seedOrganisation } from './support/accounts';
import { openPlanAs, TEST_IP } from './support/open-plan-as';
import { contextOf, grantAccess, newPlan, seedCoordinator, written } from './support/reviews';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await createTempDatabase();
	await seedCoordinator(temp);
	await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
	await temp.db.updateTable('account').set({ name: 'Grace Okafor' }).where('id', '=', 'grace').execute();
	await seedAccount(temp.db, { id: 'outsider', organisationId: null, role: null });
	await seedOrganisation(temp.db, 'elsewhere');
	await seedAccount(temp.db, { id: 'stranger', organisationId: 'elsewhere', role: 'coordinator' });
});
afterEach(() => temp.dispose());
afterAll(() => closePdfPool());

const said = (screen: string, speaker: string, text: string, supportedBy = '') =>
	v.parse(contributionSchema, { screen, speaker, supportedBy, text });

/**
 * Sarah's planning meeting, open: Grace (her mother) says something first from her phone, then the chair
 * writes down Sarah's words with her key worker; a point is parked and come back to, an action agreed,
 * the check answered, Tom Reilly sends apologies.
 */
async function heldMeeting() {
	const { planId } = await newPlan(temp);
	await grantAccess(temp, planId, 'grace', 'contributor');
	const chair = await contextOf(temp, planId);
	const started = await startMeeting(chair);
	if (!started.ok) throw new Error(JSON.stringify(started));
	const meetingId = started.id;
	const list = await attendeesOf(temp.db, meetingId);
	const id = (name: string) => list.find((a) => a.name === name)!.id;
	const ok = (result: { ok: boolean }) => expect(result.ok).toBe(true);
	ok(
		await recordAttendance(chair, meetingId, {
			attendance: new Map([
				[id('Sarah Okafor'), 'here'],
				[id('Grace Okafor'), 'here'],
				[id('Tom Reilly'), 'apologies']
			]),
			childTookPart: 'in-room',
			childTookPartHow: 'Her key worker sat beside her.'
		})
	);
	const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
	ok(await addContribution(grace, meetingId, said('like-and-admire', myself, 'She is so kind to her brother.')));
	ok(
		await addContribution(
			chair,
			meetingId,
			said('like-and-admire', id('Sarah Okafor'), 'I am good at drawing cats.', 'her key worker')
		)
	);
	const parked = await addMeetingPoint(grace, meetingId, { kind: 'parked', text: 'Transport to college' });
	ok(await settleMeetingPoint(chair, meetingId, parked.ok ? parked.id : ''));
	const action = v.parse(actionSchema, {
		actionText: 'Book a visit to the college',
		who: 'Grace Okafor',
		byWhen: { day: '15', month: '1', year: '2027' }
	});
	ok(await addMeetingPoint(chair, meetingId, { kind: 'action', ...action }));
	ok(
		await recordMeetingCheck(chair, meetingId, {
			space: 'Sarah chose the room she knows.',
			voice: 'In her own words, with her key worker.',
			audience: 'Everyone, the head of year included.',
			influence: 'Art club is in the plan now.'
		})
	);
	return { planId, meetingId };
}

describe('the record of an ended meeting as a PDF', () => {
	it('holds who was there, the child’s words first, what Grace said, the actions and the check; the export is audited', async () => {
		const { planId, meetingId } = await heldMeeting();
		expect(await endMeeting(await contextOf(temp, planId), meetingId)).toEqual({ ok: true });
		// Grace may download it as anyone with the plan may download the plan.
		const response = await exportMeetingPdf(await openPlanAs(temp.db, 'grace', planId, 'export'), meetingId);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="Sarah-Okafor-planning-meeting-\d{4}-\d{2}-\d{2}\.pdf"$/
		);
		const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
		expect(pdf.info).toMatchObject({ Author: 'Riverside Academy', Language: 'en-GB' });
		expect(pdf.pages.every((page, index) => page.footer.endsWith(`Page ${index + 1} of ${pdf.pages.length}`))).toBe(
			true
		);
		const text = pdf.pages.map((page) => page.body).join(' ');
		const inOrder = [
			'Record of the planning meeting,',
			'For Sarah Okafor',
			'Sarah Okafor (Child or young person) — Here',
			'Grace Okafor (Parent or carer) — Here',
			'Tom Reilly (Travel trainer) — Sent apologies',
			'Sarah is here for the whole meeting. Her key worker sat beside her.',
			'What each person said',
			'“I am good at drawing cats.” — Sarah said (with her key worker)',
			'“She is so kind to her brother.”',
			'By screen',
			'Grace said: “She is so kind to her brother.”',
			'Transport to college (come back to)',
			'Book a visit to the college Grace Okafor 15 January 2027',
			'The check before agreeing',
			'Influence: what changed because of Sarah’s views? Art club is in the plan now.'
		];
		let from = 0;
		for (const words of inOrder) {
			const at = text.indexOf(words, from);
			expect(at, `“${words}” in order`).toBeGreaterThanOrEqual(0);
			from = at + words.length;
		}
		const audit = await temp.db
			.selectFrom('audit_event')
			.select(['action', 'item', 'account_id', 'ip'])
			.orderBy('id', 'desc')
			.executeTakeFirstOrThrow();
		expect(audit).toEqual({
			action: 'meeting.exported.pdf',
			item: `meeting:${meetingId}`,
			account_id: 'grace',
			ip: TEST_IP
		});
	}, 60_000);

	it('is refused while the meeting is open, and for a meeting not on this plan, writing nothing', async () => {
		const { planId, meetingId } = await heldMeeting();
		const ctx = await contextOf(temp, planId, 'export');
		const before = await written(temp);
		await expect(exportMeetingPdf(ctx, meetingId)).rejects.toMatchObject({ status: 409 });
		await expect(exportMeetingPdf(ctx, 'no-such-meeting')).rejects.toMatchObject({ status: 404 });
		expect(await written(temp)).toEqual(before);
	});

	it('is not the business of a family member without access to the plan, or of staff elsewhere: their route answers 404', async () => {
		const { planId } = await heldMeeting();
		for (const who of ['outsider', 'stranger']) {
			const account = (await readAccount(temp.db, who))!;
			expect(await planContext(temp.db, account, planId, 'export', TEST_IP), who).toBeUndefined();
		}
	});
});
