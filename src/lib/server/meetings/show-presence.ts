import { now } from '../clock/clock';
import { hidePresence, showPresence } from '../db/meeting-presence';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type ShowPresenceResult = { ok: true } | MeetingRefusal | { ok: false; reason: 'not-shown' };

/**
 * Anyone following the meeting may show the others that they have it open, under their account's name,
 * and stop at any time. Both are audited, and both reach every open page through the live stream.
 */
export function showOwnPresence(ctx: PlanContext, meetingId: string, shown: boolean): Promise<ShowPresenceResult> {
	const audit = shown ? 'meeting.presence-shown' : 'meeting.presence-hidden';
	return changeOpenMeeting(ctx, meetingId, { needs: 'view', audit }, async (trx, meeting) => {
		if (!shown)
			return (await hidePresence(trx, meeting.id, ctx.account.id))
				? ({ ok: true } as const)
				: ({ ok: false, reason: 'not-shown' } as const);
		await showPresence(trx, {
			meeting_id: meeting.id,
			account_id: ctx.account.id,
			plan_id: ctx.planRow.id,
			name: ctx.account.name,
			seen_at: now().toISOString()
		});
		return { ok: true } as const;
	});
}
