import type { AttendeeInput } from '../../forms/meeting';
import { inTransaction } from '../db/in-transaction';
import { appendAttendee } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { newId } from '../tokens/token';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type AddAttendeeResult = { ok: true; id: string } | MeetingRefusal;

/**
 * Adds someone who came but is not on the team (a grandparent, an interpreter) to the meeting's list,
 * marked as here, in one transaction with its 'meeting.changed' audit row. The plan's team is unchanged.
 */
export function addAttendee(ctx: PlanContext, meetingId: string, input: AttendeeInput): Promise<AddAttendeeResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<AddAttendeeResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
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
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.changed', `meeting:${meeting.id}`));
		return { ok: true, id };
	});
}
