import type { AuditAction } from '../../audit-action-labels';
import { recordAudit } from '../db/record-audit';
import type { Executor } from '../db/executor';
import type { PlanContext } from '../plans/plan-context';

/**
 * Writes the audit row of something the request's account did to one note on the plan it opened (the
 * note's id only, never its words). Pass the transaction that makes the change.
 */
export function auditNote(db: Executor, ctx: PlanContext, action: AuditAction, noteId: string): Promise<void> {
	return recordAudit(db, {
		organisation_id: ctx.planRow.organisation_id,
		account_id: ctx.account.id,
		plan_id: ctx.planRow.id,
		action,
		item: `note:${noteId}`,
		ip: ctx.ip
	});
}
