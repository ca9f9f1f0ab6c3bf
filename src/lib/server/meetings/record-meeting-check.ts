import type { MeetingCheckInput } from '../../forms/meeting';
import { inTransaction } from '../db/in-transaction';
import { updateOpenMeeting } from '../db/meetings';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { isRefusal, openMeetingIn, type MeetingRefusal } from './open-meeting';

export type RecordMeetingCheckResult = { ok: true } | MeetingRefusal;

/**
 * The check before agreeing, on Lundy's model: whether the child could take part as they wished (space),
 * how their views were given (voice), who listened (audience) and what changed because of them
 * (influence). Recorded by the chair, in one transaction with its 'meeting.changed' audit row; saved
 * again, it replaces the answers.
 */
export function recordMeetingCheck(
	ctx: PlanContext,
	meetingId: string,
	input: MeetingCheckInput
): Promise<RecordMeetingCheckResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<RecordMeetingCheckResult> => {
		const meeting = await openMeetingIn(trx, ctx, meetingId);
		if (isRefusal(meeting)) return meeting;
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, {
			check_space: input.space,
			check_voice: input.voice,
			check_audience: input.audience,
			check_influence: input.influence
		});
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.changed', `meeting:${meeting.id}`));
		return { ok: true };
	});
}
