import type { AuditAction } from '../../audit-action-labels';
import { recordAudit } from '../db/record-audit';
import type { Executor } from '../db/executor';
import type { PlanContext } from '../plans/plan-context';

/**
 * Writes the audit row of something the request's account did to one review of the plan it opened.
 * Pass the transaction that makes the change, so that both are written or neither.
 */
export function auditReview(db: Executor, ctx: PlanContext, action: AuditAction, reviewId: string): Promise<void> {
	return recordAudit(db, {
		organisation_id: ctx.planRow.organisation_id,
		account_id: ctx.account.id,
		plan_id: ctx.planRow.id,
		action,
		item: `review:${reviewId}`,
		ip: ctx.ip
	});
}
