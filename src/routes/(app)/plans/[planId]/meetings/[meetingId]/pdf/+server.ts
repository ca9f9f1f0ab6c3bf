import { exportMeetingPdf } from '$lib/server/meetings/export-meeting-pdf';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/** The record of one ended meeting as a PDF. Needs 'export'. */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	return exportMeetingPdf(ctx, event.params.meetingId);
};
