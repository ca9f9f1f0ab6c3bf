import { redirect } from '@sveltejs/kit';
import { ukDateOf } from '$lib/dates/format-timestamp';
import { meetingKindLabels } from '$lib/meeting/meeting-kind';
import { calledBy, planHeader } from '$lib/server/db/plan-details';
import { listMeetings } from '$lib/server/db/meetings';
import { invalid } from '$lib/server/form-failure';
import { startMeeting } from '$lib/server/meetings/start-meeting';
import { openPlan } from '$lib/server/plans/plan-context';
import type { Actions, PageServerLoad } from './$types';

/** The plan's meetings: the one on now, to join, and the records of those held; its editors start one. */
export const load: PageServerLoad = async (event) => {
	const ctx = await openPlan(event, 'view');
	const meetings = (await listMeetings(ctx.db, ctx.planRow.id)).map((meeting) => ({
		id: meeting.id,
		kind: meetingKindLabels[meeting.kind],
		date: ukDateOf(meeting.started_at),
		open: meeting.ended_at === null
	}));
	return {
		planId: ctx.planRow.id,
		child: ctx.document.child,
		calledBy: calledBy(ctx),
		header: planHeader(ctx),
		frozen: false,
		open: meetings.find((meeting) => meeting.open) ?? null,
		past: meetings.filter((meeting) => !meeting.open),
		canStart: ctx.actions.has('edit') && ctx.planRow.archived_at === null,
		agreed: ctx.version.status !== 'draft'
	};
};

export const actions = {
	start: async (event) => {
		const ctx = await openPlan(event, 'view');
		const result = await startMeeting(ctx);
		if (result.ok) redirect(303, `/plans/${ctx.planRow.id}/meetings/${result.id}`);
		if (result.reason === 'already-open') redirect(303, `/plans/${ctx.planRow.id}/meetings/${result.id}`);
		return invalid(result.reason === 'closed' ? 409 : 403, {
			form:
				result.reason === 'closed'
					? 'This plan has ended, so no meeting can be held on it.'
					: 'Only the plan’s coordinator or an editor can start a meeting. Ask them to start it, then join it here.'
		});
	}
} satisfies Actions;
