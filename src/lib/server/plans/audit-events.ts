import type { AuditAction } from '../../audit-action-labels';
import type { AuditEvent } from '../db/record-audit';
import type { AccountContext } from './account-context';
import type { PlanContext } from './plan-context';

/**
 * The audit row for something the context's account did, from the address the request came from, in
 * the account's organisation: to `planId`, or to no one plan. `item` names what it was done to by kind
 * and id only, never by its content.
 */
export function accountAuditEvent(
	ctx: Pick<AccountContext, 'account' | 'ip'>,
	action: AuditAction,
	planId: string | null,
	item: string | null
): AuditEvent {
	return {
		organisation_id: ctx.account.organisation_id,
		account_id: ctx.account.id,
		plan_id: planId,
		action,
		item,
		ip: ctx.ip
	};
}

/** The audit row for something the context's account did to its plan, in the plan's organisation. */
export function planAuditEvent(
	ctx: Pick<PlanContext, 'planRow' | 'account' | 'ip'>,
	action: AuditAction,
	item: string | null
): AuditEvent {
	return {
		...accountAuditEvent(ctx, action, ctx.planRow.id, item),
		organisation_id: ctx.planRow.organisation_id
	};
}
