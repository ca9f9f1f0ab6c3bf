import type { AuditAction } from '../../audit-action-labels';
import type { PlanAction } from '../auth/access';
import type { Executor } from '../db/executor';
import { inTransaction } from '../db/in-transaction';
import { meetingOf, type MeetingRow } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';

/** Why a change to a meeting was refused; nothing is written. */
export type MeetingRefusal =
	/** The account may not do this in a meeting (a family member cannot chair it). */
	| { ok: false; reason: 'not-allowed' }
	/** No such meeting on this plan. */
	| { ok: false; reason: 'not-found' }
	/** The meeting has ended: its record stays as it was. */
	| { ok: false; reason: 'ended' };

/** What a change needs: the plan action that allows it, and the audit action it records. */
export interface MeetingChange {
	needs: PlanAction;
	audit?: AuditAction;
}

/**
 * The shape every change to a meeting shares: refused without the plan action it needs; otherwise one
 * transaction that reads the meeting, refuses if it is not on this plan or has ended, does `work`, and
 * records the audit row (default 'meeting.changed') when the work succeeded. Every open page follows
 * through the live stream, which reads that row.
 */
export function changeOpenMeeting<Result extends { ok: boolean }>(
	ctx: PlanContext,
	meetingId: string,
	change: MeetingChange,
	work: (trx: Executor, meeting: MeetingRow) => Promise<Result>
): Promise<Result | MeetingRefusal> {
	if (!ctx.actions.has(change.needs)) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<Result | MeetingRefusal> => {
		const meeting = await meetingOf(trx, ctx.planRow.id, meetingId);
		if (!meeting) return { ok: false, reason: 'not-found' };
		if (meeting.ended_at !== null) return { ok: false, reason: 'ended' };
		const result = await work(trx, meeting);
		if (result.ok)
			await recordAudit(trx, planAuditEvent(ctx, change.audit ?? 'meeting.changed', `meeting:${meeting.id}`));
		return result;
	});
}
