import { now } from '../clock/clock';
import { inTransaction } from '../db/in-transaction';
import { settleOpenPoint } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type SettleMeetingPointResult = { ok: true } | MeetingRefusal | { ok: false; reason: 'no-point' };

/**
 * The chair ticks off a parked point the meeting has come back to, in one transaction with its
 * 'meeting.changed' audit row. It stays on the record, marked as come back to.
 */
export function settleMeetingPoint(
	ctx: PlanContext,
	meetingId: string,
	pointId: string
): Promise<SettleMeetingPointResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<SettleMeetingPointResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
		if (!(await settleOpenPoint(trx, meeting.id, pointId, now().toISOString())))
			return { ok: false, reason: 'no-point' };
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.changed', `meeting:${meeting.id}`));
		return { ok: true };
	});
}
