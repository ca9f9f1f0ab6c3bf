import { recordAudit } from '$lib/server/db/record-audit';
import { planCalendar, planCalendarFileName } from '$lib/server/calendar/calendar';
import { now } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { openPlan } from '$lib/server/plans/plan-context';
import type { RequestHandler } from './$types';

/**
 * One plan's key dates as an iCalendar file: its review, each outcome's target date and each provision's
 * review date, from the current version. UIDs come from the items' lineage, so they stay the same
 * from version to version. Needs 'export'; audited.
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await openPlan(event, 'export');
	const { planRow: plan, account } = ctx;
	const loaded = ctx;
	const { document, lineage } = loaded;
	const text = planCalendar(
		{
			planId: plan.id,
			firstName: document.child.firstName,
			lastName: document.child.lastName,
			reviewDate: plan.archived_at ? null : (document.plan.reviewDate ?? null),
			targets: plan.archived_at
				? []
				: document.outcomes.flatMap((outcome) =>
						outcome.targetDate ? [{ lineage: lineage[outcome.id] ?? outcome.id, date: outcome.targetDate }] : []
					),
			provisionReviews: plan.archived_at
				? []
				: document.provision.flatMap((provision) =>
						provision.reviewDate ? [{ lineage: lineage[provision.id] ?? provision.id, date: provision.reviewDate }] : []
					)
		},
		{ origin: event.url.origin, stamp: now() }
	);
	await recordAudit(database(), {
		organisation_id: plan.organisation_id,
		account_id: account.id,
		plan_id: plan.id,
		action: 'plan.exported.calendar',
		item: `version:${loaded.version.id}`,
		ip: event.getClientAddress()
	});
	return new Response(text, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${planCalendarFileName(plan.id)}"`,
			'Cache-Control': 'no-store'
		}
	});
};
