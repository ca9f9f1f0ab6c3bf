import type { MeetingScreen } from '../../meeting/agenda';
import { updateOpenMeeting } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';
import { changeOpenMeeting, type MeetingRefusal } from './change-open-meeting';

export type MoveToScreenResult = { ok: true } | MeetingRefusal;

/** The chair moves everyone to a screen of the agenda (forwards, back, or skipping ahead): every open page follows. */
export function moveToScreen(ctx: PlanContext, meetingId: string, screen: MeetingScreen): Promise<MoveToScreenResult> {
	return changeOpenMeeting(ctx, meetingId, { needs: 'edit' }, async (trx, meeting) => {
		await updateOpenMeeting(trx, ctx.planRow.id, meeting.id, { screen });
		return { ok: true } as const;
	});
}
