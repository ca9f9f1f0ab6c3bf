import { now } from '../clock/clock';
import { updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type EndMeetingResult = { ok: true } | MeetingRefusal;

/**
 * The chair ends the meeting, with its 'meeting.ended' audit row. What was said stays as it was, as the
 * meeting's record; nothing more can be added to it.
 */
export function endMeeting(ctx: PlanContext, meetingId: string): Promise<EndMeetingResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit', audit: 'meeting.ended' }, async (trx, meeting) => {
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, { ended_at: now().toISOString() });
		return { ok: true } as const;
	});
}
