import { now } from '../clock/clock';
import { inTransaction } from '../db/in-transaction';
import { updateOpenMeeting } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type EndMeetingResult = { ok: true } | MeetingRefusal;

/**
 * The chair ends the meeting, in one transaction with its 'meeting.ended' audit row. What was said stays
 * as it was, as the meeting's record; nothing more can be added to it.
 */
export function endMeeting(ctx: PlanContext, meetingId: string): Promise<EndMeetingResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<EndMeetingResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, { ended_at: now().toISOString() });
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.ended', `meeting:${meeting.id}`));
		return { ok: true };
	});
}
