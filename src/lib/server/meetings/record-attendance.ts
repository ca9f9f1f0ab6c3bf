import type { ChildTookPartInput } from '../../forms/meeting';
import type { Attendance } from '../../meeting/attendance';
import { inTransaction } from '../db/in-transaction';
import { attendeesOf, setAttendance, updateOpenMeeting } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type RecordAttendanceResult = { ok: true } | MeetingRefusal;

/**
 * "Who's here": whether each person on the list came, and how the child is taking part, in one
 * transaction with its 'meeting.changed' audit row. Ids not on this meeting's list are ignored.
 */
export function recordAttendance(
	ctx: PlanContext,
	meetingId: string,
	input: ChildTookPartInput & { attendance: ReadonlyMap<string, Attendance | null> }
): Promise<RecordAttendanceResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<RecordAttendanceResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
		const listed = new Set((await attendeesOf(trx, meeting.id)).map((attendee) => attendee.id));
		await setAttendance(trx, meeting.id, new Map([...input.attendance].filter(([id]) => listed.has(id))));
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, {
			child_took_part: input.childTookPart,
			child_took_part_how: input.childTookPartHow
		});
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.changed', `meeting:${meeting.id}`));
		return { ok: true };
	});
}
