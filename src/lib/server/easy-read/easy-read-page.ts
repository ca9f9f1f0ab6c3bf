import { pronounsOf } from '../../plan/pronouns';
import { calledBy, planHeader } from '../db/plan-details';
import type { PlanContext } from '../plans/plan-context';

/** What both Easy Read pages draw at the top: whose plan (and how to say it is theirs), its header, and whether it has ended. */
export function easyReadPage(ctx: PlanContext) {
	return {
		planId: ctx.planRow.id,
		child: ctx.document.child,
		calledBy: calledBy(ctx),
		/** "her", "his", "their" or the child's name with an apostrophe, as their pronouns say. */
		possessive: pronounsOf(ctx.document.child).possessive,
		header: planHeader(ctx),
		archived: ctx.planRow.archived_at !== null
	};
}
