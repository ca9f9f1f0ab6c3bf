import type { Kysely } from 'kysely';
import { recordAudit } from './record-audit';
import { now } from '../clock/clock';
import type { Database } from './schema';

export type ArchiveResult = { ok: true; at: string } | { ok: false; reason: 'archived' | 'not-found' };

/**
 * Archives a plan with a reason (reviews.md): it leaves the caseload and stays readable, read-only.
 * Audited 'plan.archived', in the same transaction.
 */
export async function archivePlan(
	db: Kysely<Database>,
	input: { planId: string; accountId: string; reason: string; ip: string | null }
): Promise<ArchiveResult> {
	return db.transaction().execute(async (trx) => {
		const plan = await trx
			.selectFrom('plan')
			.select(['id', 'organisation_id', 'archived_at'])
			.where('id', '=', input.planId)
			.executeTakeFirst();
		if (!plan) return { ok: false, reason: 'not-found' } as const;
		if (plan.archived_at) return { ok: false, reason: 'archived' } as const;
		const at = now().toISOString();
		await trx
			.updateTable('plan')
			.set({ archived_at: at, archived_reason: input.reason })
			.where('id', '=', plan.id)
			.where('archived_at', 'is', null)
			.execute();
		await recordAudit(trx, {
			organisation_id: plan.organisation_id,
			account_id: input.accountId,
			plan_id: plan.id,
			action: 'plan.archived',
			item: null,
			ip: input.ip
		});
		return { ok: true, at } as const;
	});
}
