import { attachment } from '$lib/server/attachment';
import { planCalendarFileName } from '$lib/server/calendar/calendar';
import { downloadPlanCalendar } from '$lib/server/calendar/download-plan-calendar';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * One plan's key dates as an iCalendar file: its review, each outcome's and step's target date and each
 * provision's review date, from the current version. UIDs come from the plan's id and the items' lineage,
 * so they stay the same from version to version. Needs 'export'; audited.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const text = await downloadPlanCalendar(ctx, event.url.origin);
	return attachment(text, 'text/calendar', planCalendarFileName(ctx.planRow.id));
};
