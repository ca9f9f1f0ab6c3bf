import type { Transaction } from 'kysely';
import type { AuditAction } from '../../audit-action-labels';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';
import { readVersionState } from '../db/version-state';
import { Refusal, type PlanFrozen, type UseCaseResult } from './change-plan';
import { planAuditEvent } from './audit-events';
import type { PlanContext } from './plan-context';
import { inTransaction } from '../db/in-transaction';

/**
 * Runs a write beside a plan's draft version that does not change the plan's words (a suggestion, a
 * declined one), as one transaction with its audit row. Refused if the version has been agreed or the
 * plan archived since it was read: on a frozen plan nothing changes. A refusal from `write` writes nothing.
 */
export async function besideDraft<R extends UseCaseResult>(
	ctx: PlanContext,
	audit: { action: AuditAction; item: string },
	write: (trx: Transaction<Database>) => Promise<R>
): Promise<R | PlanFrozen> {
	try {
		return await inTransaction(ctx.db, async (trx) => {
			const current = await readVersionState(trx, ctx.version.id);
			if (!current || current.status !== 'draft' || current.archived_at !== null)
				throw new Refusal<PlanFrozen>({ ok: false, reason: 'frozen' });
			const result = await write(trx);
			if (!result.ok) throw new Refusal(result);
			await recordAudit(trx, planAuditEvent(ctx, audit.action, audit.item));
			return result;
		});
	} catch (caught) {
		if (caught instanceof Refusal) return caught.result as R | PlanFrozen;
		throw caught;
	}
}
