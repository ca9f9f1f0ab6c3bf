import { now } from '../clock/clock';
import { settleOpenPoint } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type SettleMeetingPointResult = { ok: true } | MeetingRefusal | { ok: false; reason: 'no-point' };

/** The chair ticks off a parked point the meeting has come back to. It stays on the record, marked as come back to. */
export function settleMeetingPoint(
	ctx: PlanContext,
	meetingId: string,
	pointId: string
): Promise<SettleMeetingPointResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) =>
		(await settleOpenPoint(trx, meeting.id, pointId, now().toISOString()))
			? ({ ok: true } as const)
			: ({ ok: false, reason: 'no-point' } as const)
	);
}
