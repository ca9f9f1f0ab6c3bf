import { calledBy, planHeader } from '../db/plan-details';
import type { PlanContext } from '../plans/plan-context';

/** What both Easy Read pages draw at the top: whose plan, its header, and whether it has ended. */
export function easyReadPage(ctx: PlanContext) {
	return {
		planId: ctx.planRow.id,
		child: ctx.document.child,
		calledBy: calledBy(ctx),
		header: planHeader(ctx),
		archived: ctx.planRow.archived_at !== null
	};
}
