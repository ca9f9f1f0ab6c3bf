import type { Executor } from '../db/executor';
import { meetingOf, type MeetingRow } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';

/** Why a change to a meeting was refused; nothing is written. */
export type MeetingRefusal =
	/** The account may not do this in a meeting (a family member cannot chair it). */
	| { ok: false; reason: 'not-allowed' }
	/** No such meeting on this plan. */
	| { ok: false; reason: 'not-found' }
	/** The meeting has ended: its record stays as it was. */
	| { ok: false; reason: 'ended' };

/** The plan's meeting `meetingId`, read inside the transaction, if it is still open. */
export async function openMeetingIn(
	trx: Executor,
	ctx: Pick<PlanContext, 'planRow'>,
	meetingId: string
): Promise<MeetingRow | MeetingRefusal> {
	const meeting = await meetingOf(trx, ctx.planRow.id, meetingId);
	if (!meeting) return { ok: false, reason: 'not-found' };
	if (meeting.ended_at !== null) return { ok: false, reason: 'ended' };
	return meeting;
}

export function isRefusal(value: MeetingRow | MeetingRefusal): value is MeetingRefusal {
	return 'ok' in value;
}
