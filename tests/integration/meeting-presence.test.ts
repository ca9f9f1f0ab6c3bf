import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '$lib/server/clock/clock';
import { presenceWindowMs } from '$lib/meeting/presence';
import { deleteFamilyAccount } from '$lib/server/db/family-accounts';
import { endMeeting } from '$lib/server/meetings/end-meeting';
import { followMeeting } from '$lib/server/meetings/open-meeting-page';
import { readMeetingView } from '$lib/server/meetings/meeting-view';
import { showOwnPresence } from '$lib/server/meetings/show-presence';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import { openPlanAs } from './support/open-plan-as';
import { coordinatorAndGrace, accountId, contextOf, grantAccess, newPlan } from './support/reviews';
import type { TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let clockAt: Date;

beforeEach(async () => {
	temp = await coordinatorAndGrace();
	clockAt = new Date('2027-03-14T10:00:00Z');
	setClock(() => clockAt);
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

/** Sarah's draft plan with Grace, her mother, taking part, and its meeting open. */
async function openMeeting() {
	const { planId } = await newPlan(temp);
	await grantAccess(temp, planId, 'grace', 'contributor');
	const started = await startMeeting(await contextOf(temp, planId));
	if (!started.ok) throw new Error(JSON.stringify(started));
	return { planId, meetingId: started.id };
}

const hereAs = async (account: string, planId: string, meetingId: string) =>
	(await readMeetingView(await openPlanAs(temp.db, account, planId), meetingId, new URLSearchParams())).hereNow;

const presenceAudit = (planId: string) =>
	temp.db
		.selectFrom('audit_event')
		.select(['action', 'account_id'])
		.where('plan_id', '=', planId)
		.where('action', 'in', ['meeting.presence-shown', 'meeting.presence-hidden'])
		.orderBy('id')
		.execute();

describe('who is here now', () => {
	it('shows nobody until they opt in; shows and hides them, audited, for everyone following', async () => {
		const { planId, meetingId } = await openMeeting();
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: [], mine: false });

		const grace = await openPlanAs(temp.db, 'grace', planId);
		expect(await showOwnPresence(grace, meetingId, true)).toEqual({ ok: true });
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: ['Person grace'], mine: false });
		expect(await hereAs('grace', planId, meetingId)).toMatchObject({ names: ['Person grace'], mine: true });

		expect(await showOwnPresence(grace, meetingId, false)).toEqual({ ok: true });
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: [] });
		expect(await showOwnPresence(grace, meetingId, false)).toEqual({ ok: false, reason: 'not-shown' });
		expect(await presenceAudit(planId)).toEqual([
			{ action: 'meeting.presence-shown', account_id: 'grace' },
			{ action: 'meeting.presence-hidden', account_id: 'grace' }
		]);
	});

	it('drops someone whose page has not read the meeting for the window; their next read shows them again', async () => {
		const { planId, meetingId } = await openMeeting();
		await showOwnPresence(await openPlanAs(temp.db, 'grace', planId), meetingId, true);
		clockAt = new Date(clockAt.getTime() + presenceWindowMs + 1000);
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: [] });

		const grace = await openPlanAs(temp.db, 'grace', planId);
		await readMeetingView(grace, meetingId, new URLSearchParams());
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: [] });
		// The page's own read (not the view alone) notes that she has it open.
		expect((await followMeeting(grace, meetingId, new URLSearchParams())).hereNow).toMatchObject({
			names: ['Person grace']
		});
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: ['Person grace'] });
	});

	it('is over when the meeting ends, and goes with a closed family account', async () => {
		const { planId, meetingId } = await openMeeting();
		const grace = await openPlanAs(temp.db, 'grace', planId);
		await showOwnPresence(grace, meetingId, true);
		await temp.db.deleteFrom('plan_access').where('account_id', '=', 'grace').execute();
		expect(await deleteFamilyAccount(temp.db, 'grace')).toBe(true);
		expect(await temp.db.selectFrom('meeting_presence').selectAll().execute()).toEqual([]);

		const chair = await contextOf(temp, planId);
		expect(await showOwnPresence(chair, meetingId, true)).toEqual({ ok: true });
		expect((await endMeeting(chair, meetingId)).ok).toBe(true);
		expect(await hereAs(accountId, planId, meetingId)).toMatchObject({ names: [] });
		expect(await showOwnPresence(chair, meetingId, false)).toEqual({ ok: false, reason: 'ended' });
	});
});
