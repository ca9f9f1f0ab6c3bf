import type { RequestEvent } from '@sveltejs/kit';
import { database } from '../db/app-database';
import { latestPlanAuditId } from '../db/plan-change-feed';
import { openPlan } from '../plans/plan-context';
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
	const view = await readMeetingView(ctx, event.params.meetingId, event.url.searchParams);
	return { ctx, changesAfter, view };
}
