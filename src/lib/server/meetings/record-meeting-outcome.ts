import type { MeetingOutcomeInput } from '../../forms/meeting';
import { updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type RecordMeetingOutcomeResult = { ok: true } | MeetingRefusal;

/**
 * What the meeting recommends for the plan and where people did not agree, recorded by the chair; saved
 * again, it replaces them. At a review these become the review report's recommendation and differences
 * of opinion.
 */
export function recordMeetingOutcome(
	ctx: PlanContext,
	meetingId: string,
	input: MeetingOutcomeInput
): Promise<RecordMeetingOutcomeResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) => {
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, {
			recommendation: meeting.kind === 'review' ? input.recommendation : null,
			recommendation_detail: input.recommendationDetail,
			differences: input.differences
		});
		return { ok: true } as const;
	});
}
