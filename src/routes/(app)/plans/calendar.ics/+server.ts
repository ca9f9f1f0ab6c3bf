import { error } from '@sveltejs/kit';
import { recordAudit } from '$lib/server/db/record-audit';
import { caseloadCalendar } from '$lib/server/calendar/calendar';
import { now } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { visiblePlans } from '$lib/server/db/plan-records';
import type { RequestHandler } from './$types';

/**
 * The caseload's review dates as an iCalendar file: every open (not archived) plan the account may see.
 * Events name no child (initials and the plan's id only). Audited.
 */
export const GET: RequestHandler = async (event) => {
	const account = event.locals.auth?.account;
	if (!account) error(404, 'Not found');
	const db = database();
	const rows = await visiblePlans(db, account)
		.innerJoin('child', 'child.id', 'plan.child_id')
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.select([
			'plan.id as planId',
			'child.first_name as firstName',
			'child.last_name as lastName',
			'plan_version.review_date as reviewDate'
		])
		.where('plan.archived_at', 'is', null)
		.orderBy('plan_version.review_date')
		.orderBy('plan.id')
		.execute();
	const text = caseloadCalendar(rows, { origin: event.url.origin, stamp: now() });
	await recordAudit(db, {
		organisation_id: account.organisation_id,
		account_id: account.id,
		plan_id: null,
		action: 'caseload.exported.calendar',
		item: null,
		ip: event.getClientAddress()
	});
	return new Response(text, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'attachment; filename="review-dates.ics"',
			'Cache-Control': 'no-store'
		}
	});
};
