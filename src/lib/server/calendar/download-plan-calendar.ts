import { calledName } from '../../plan/child-name';
import { recordAudit } from '../db/record-audit';
import { now } from '../clock/clock';
import { planAuditEvent } from '../plans/audit-events';
import type { PlanContext } from '../plans/plan-context';
import { planCalendar, type CalendarPlan, type DatedItem, type DatedStep } from './calendar';

/**
 * What the calendar shows of the plan's current version: its review, each outcome's and step's target
 * date and each provision's review date, by the items' lineage so that their events stay the same from
 * version to version. An archived plan has no dates to come.
 */
function calendarPlan({ planRow, version, document, lineage }: PlanContext): CalendarPlan {
	const plan = {
		planId: planRow.id,
		firstName: document.child.firstName,
		lastName: document.child.lastName,
		calledName: calledName(document.child),
		changedAt: version.updated_at
	};
	if (planRow.archived_at !== null) return { ...plan, reviewDate: null };
	const lineageOf = (item: { id: string }) => lineage[item.id] ?? item.id;
	const dated = <T extends { id: string; text: string }>(
		items: readonly T[],
		dateOf: (item: T) => string | undefined
	) =>
		items.flatMap((item): DatedItem[] => {
			const date = dateOf(item);
			return date ? [{ lineage: lineageOf(item), text: item.text, date }] : [];
		});
	return {
		...plan,
		reviewDate: document.plan.reviewDate ?? null,
		targets: dated(document.outcomes, (outcome) => outcome.targetDate),
		steps: document.outcomes.flatMap((outcome) =>
			outcome.steps.flatMap(({ text, targetDate }, index): DatedStep[] =>
				targetDate ? [{ lineage: lineageOf(outcome), text, date: targetDate, step: index + 1 }] : []
			)
		),
		provisionReviews: dated(document.provision, (provision) => provision.reviewDate)
	};
}

/** The plan's key dates as an iCalendar file, recorded as 'plan.exported.calendar' once made. */
export async function downloadPlanCalendar(ctx: PlanContext, origin: string): Promise<string> {
	const text = planCalendar(calendarPlan(ctx), { origin, stamp: now() });
	await recordAudit(ctx.db, planAuditEvent(ctx, 'plan.exported.calendar', `version:${ctx.version.id}`));
	return text;
}
