import { expectedAttendees } from '../../meeting/expected-attendees';
import { meetingKindFor } from '../../meeting/meeting-kind';
import { now } from '../clock/clock';
import { inTransaction } from '../db/in-transaction';
import { insertMeeting, openMeetingOf } from '../db/meetings';
import { loadPlanHead } from '../db/plan-load';
import { recordAudit } from '../db/record-audit';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { newId } from '../tokens/token';

export type StartMeetingResult =
	| { ok: true; id: string }
	/** Only the plan's editors (its coordinator among them) chair a meeting. Nothing is written. */
	| { ok: false; reason: 'not-allowed' }
	/** The plan has ended (archived) or been deleted since the page was drawn. */
	| { ok: false; reason: 'closed' }
	/** A meeting is already open on this plan: everyone joins that one. */
	| { ok: false; reason: 'already-open'; id: string };

/**
 * Starts a meeting on the plan, in one transaction with its 'meeting.started' audit row: a planning
 * meeting on a draft, a review meeting on an agreed plan. Its list starts with the child and the team;
 * whether each came is left for the chair to say. One meeting at a time on a plan.
 */
export function startMeeting(ctx: PlanContext): Promise<StartMeetingResult> {
	if (!ctx.actions.has('edit')) return Promise.resolve({ ok: false, reason: 'not-allowed' });
	return inTransaction(ctx.db, async (trx): Promise<StartMeetingResult> => {
		const head = await loadPlanHead(trx, ctx.planRow.id);
		if (!head || head.planRow.archived_at) return { ok: false, reason: 'closed' };
		const open = await openMeetingOf(trx, head.planRow.id);
		if (open) return { ok: false, reason: 'already-open', id: open.id };
		const id = newId();
		await insertMeeting(
			trx,
			{
				id,
				plan_id: head.planRow.id,
				version_id: head.version.id,
				kind: meetingKindFor(head.version.status),
				started_by: ctx.account.id,
				started_at: now().toISOString(),
				ended_at: null,
				screen: 'here',
				child_took_part: null,
				child_took_part_how: null
			},
			expectedAttendees(ctx.document).map((attendee, index) => ({
				id: newId(),
				plan_id: head.planRow.id,
				meeting_id: id,
				position: index + 1,
				name: attendee.name,
				role: attendee.role,
				is_child: attendee.isChild ? 1 : 0,
				team_member_id: attendee.teamMemberId,
				account_id: null,
				attendance: null
			}))
		);
		await recordAudit(trx, planAuditEvent(ctx, 'meeting.started', `meeting:${id}`));
		return { ok: true, id };
	});
}
