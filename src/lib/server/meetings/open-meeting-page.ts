import type { RequestEvent } from '@sveltejs/kit';
import { now } from '../clock/clock';
import { database } from '../db/app-database';
import { touchPresence } from '../db/meeting-presence';
import { latestPlanAuditId } from '../db/plan-change-feed';
import { openPlan, type PlanContext } from '../plans/plan-context';
import { readMeetingView } from './meeting-view';

/**
 * What the meeting's page and its shared screen both start from: the plan as its viewer may see it, the
 * meeting on the screen asked for, and the last audit row read before either, from which live changes
 * follow so that none made meanwhile is missed.
 */
export async function openMeetingPage(
	event: Pick<RequestEvent<{ planId: string; meetingId: string }>, 'locals' | 'params' | 'getClientAddress' | 'url'>
) {
	const changesAfter = await latestPlanAuditId(database(), event.params.planId);
	const ctx = await openPlan(event, 'view');
	const view = await followMeeting(ctx, event.params.meetingId, event.url.searchParams);
	return { ctx, changesAfter, view };
}

/**
 * The meeting as a page that has it open reads it. Having it open is being there: someone who chose to be
 * shown as here now stays shown while their page reads it.
 */
export async function followMeeting(ctx: PlanContext, meetingId: string, asked: URLSearchParams) {
	const view = await readMeetingView(ctx, meetingId, asked);
	if (view.hereNow.due) await touchPresence(ctx.db, view.meeting.id, ctx.account.id, now().toISOString());
	return view;
}
