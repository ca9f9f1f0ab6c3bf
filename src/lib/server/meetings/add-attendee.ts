import type { AttendeeInput } from '../../forms/meeting';
import { appendAttendee } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { newId } from '../tokens/token';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type AddAttendeeResult = { ok: true; id: string } | MeetingRefusal;

/**
 * Adds someone who came but is not on the team (a grandparent, an interpreter) to the meeting's list,
 * marked as here. The plan's team is unchanged.
 */
export function addAttendee(ctx: PlanContext, meetingId: string, input: AttendeeInput): Promise<AddAttendeeResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) => {
		const id = newId();
		await appendAttendee(trx, {
			id,
			plan_id: ctx.planRow.id,
			meeting_id: meeting.id,
			name: input.name,
			role: input.role,
			is_child: 0,
			team_member_id: null,
			account_id: null,
			attendance: 'here'
		});
		return { ok: true, id } as const;
	});
}
