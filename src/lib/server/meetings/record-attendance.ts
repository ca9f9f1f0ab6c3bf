import type { ChildTookPartInput } from '../../forms/meeting';
import type { Attendance } from '../../meeting/attendance';
import { attendeesOf, setAttendance, updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type RecordAttendanceResult = { ok: true } | MeetingRefusal;

/**
 * "Who's here": whether each person on the list came, and how the child is taking part. Ids not on this
 * meeting's list are ignored.
 */
export function recordAttendance(
	ctx: PlanContext,
	meetingId: string,
	input: ChildTookPartInput & { attendance: ReadonlyMap<string, Attendance | null> }
): Promise<RecordAttendanceResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) => {
		const listed = new Set((await attendeesOf(trx, meeting.id)).map((attendee) => attendee.id));
		await setAttendance(trx, meeting.id, new Map([...input.attendance].filter(([id]) => listed.has(id))));
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, {
			child_took_part: input.childTookPart,
			child_took_part_how: input.childTookPartHow
		});
		return { ok: true } as const;
	});
}
