import { recordAuditGrouped } from '../db/audit-group-commit';
import { planAuditEvent } from './audit-events';
import type { PlanContext } from './plan-context';

/**
 * Records that the context's account viewed its plan: one audit row a view, committed before the page
 * is shown. Views change nothing else, so their rows share a commit with others arriving at once.
 */
export function recordPlanView(ctx: PlanContext): Promise<void> {
	return recordAuditGrouped(ctx.db, planAuditEvent(ctx, 'plan.viewed', null));
}
