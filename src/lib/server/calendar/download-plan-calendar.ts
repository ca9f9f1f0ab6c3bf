import { recordAudit } from '../db/record-audit';
import { now } from '../clock/clock';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { planCalendar, type CalendarPlan } from './calendar';

/**
 * What the calendar shows of the plan's current version: its review, each outcome's target date and each
 * provision's review date, by the items' lineage so that their events stay the same from version to
 * version. An archived plan has no dates to come.
 */
function calendarPlan({ planRow, document, lineage }: PlanContext): CalendarPlan {
	const archived = planRow.archived_at !== null;
	const dated = <T extends { id: string }>(items: readonly T[], dateOf: (item: T) => string | undefined) =>
		archived
			? []
			: items.flatMap((item) => {
					const date = dateOf(item);
					return date ? [{ lineage: lineage[item.id] ?? item.id, date }] : [];
				});
	return {
		planId: planRow.id,
		firstName: document.child.firstName,
		lastName: document.child.lastName,
		reviewDate: archived ? null : (document.plan.reviewDate ?? null),
		targets: dated(document.outcomes, (outcome) => outcome.targetDate),
		provisionReviews: dated(document.provision, (provision) => provision.reviewDate)
	};
}

/** The plan's key dates as an iCalendar file, recorded as 'plan.exported.calendar' once made. */
export async function downloadPlanCalendar(ctx: PlanContext, origin: string): Promise<string> {
	const text = planCalendar(calendarPlan(ctx), { origin, stamp: now() });
	await recordAudit(ctx.db, planAuditEvent(ctx, 'plan.exported.calendar', `version:${ctx.version.id}`));
	return text;
}
