import type { ActionInput } from '../../forms/meeting';
import { now } from '../clock/clock';
import { appendMeetingPoint } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { newId } from '../tokens/token';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type AddMeetingPointResult = { ok: true; id: string } | MeetingRefusal;

/** A point to park (anyone taking part), or an action the meeting agreed (its chair and editors). */
export type MeetingPointInput = { kind: 'parked'; text: string } | ({ kind: 'action' } & ActionInput);

/**
 * Parks a point to come back to, or records an action agreed. Anyone who takes part in the plan may park a point; actions are agreed by
 * the meeting and written down by its chair or an editor.
 */
export function addMeetingPoint(
	ctx: PlanContext,
	meetingId: string,
	input: MeetingPointInput
): Promise<AddMeetingPointResult> {
	const needs = input.kind === 'action' ? 'edit' : 'contribute';
	return changeOpenMeeting(ctx, meetingId, { needs }, async (trx, meeting) => {
		const id = newId();
		await appendMeetingPoint(trx, {
			id,
			plan_id: ctx.planRow.id,
			meeting_id: meeting.id,
			kind: input.kind,
			text: input.kind === 'action' ? input.actionText : input.text,
			who: input.kind === 'action' ? input.who : null,
			by_when: input.kind === 'action' ? input.byWhen : null,
			added_by: ctx.account.id,
			adder_name: ctx.account.name,
			added_at: now().toISOString(),
			settled_at: null,
			became: null
		});
		return { ok: true, id } as const;
	});
}
