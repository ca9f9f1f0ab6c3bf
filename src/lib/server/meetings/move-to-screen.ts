import type { MeetingScreen } from '../../meeting/agenda';
import { inTransaction } from '../db/in-transaction';
import { updateOpenMeeting } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type MoveToScreenResult = { ok: true } | MeetingRefusal;

/**
 * The chair moves everyone to a screen of the agenda (forwards, back, or skipping ahead), in one
 * transaction with its 'meeting.changed' audit row: every open page follows.
 */
export function moveToScreen(ctx: PlanContext, meetingId: string, screen: MeetingScreen): Promise<MoveToScreenResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<MoveToScreenResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, { screen });
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.changed', `meeting:${meeting.id}`));
		return { ok: true };
	});
}
