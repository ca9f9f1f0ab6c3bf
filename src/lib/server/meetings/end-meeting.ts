import { now } from '../clock/clock';
import { updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { takeIntoReview } from './take-into-review';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type EndMeetingResult = { ok: true } | MeetingRefusal;

/**
 * The chair ends the meeting, with its 'meeting.ended' audit row. What was said stays as it was, as the
 * meeting's record; nothing more can be added to it. A review meeting's record goes into the plan's draft
 * review (`takeIntoReview`).
 */
export function endMeeting(ctx: PlanContext, meetingId: string): Promise<EndMeetingResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit', audit: 'meeting.ended' }, async (trx, meeting) => {
		const reviewId = await takeIntoReview(trx, ctx, meeting);
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, { ended_at: now().toISOString(), review_id: reviewId });
		return { ok: true } as const;
	});
}
