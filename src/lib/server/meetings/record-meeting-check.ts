import type { MeetingCheckInput } from '../../forms/meeting';
import { updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type RecordMeetingCheckResult = { ok: true } | MeetingRefusal;

/**
 * The check before agreeing, on Lundy's model: whether the child could take part as they wished (space),
 * how their views were given (voice), who listened (audience) and what changed because of them
 * (influence). Recorded by the chair; saved again, it replaces the answers.
 */
export function recordMeetingCheck(
	ctx: PlanContext,
	meetingId: string,
	input: MeetingCheckInput
): Promise<RecordMeetingCheckResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) => {
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, {
			check_space: input.space,
			check_voice: input.voice,
			check_audience: input.audience,
			check_influence: input.influence
		});
		return { ok: true } as const;
	});
}
