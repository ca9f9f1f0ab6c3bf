import type { Transaction } from 'kysely';
import type { AuditAction } from '../../audit-action-labels';
import { checkThread } from '../../thread/checker/check';
import { storedCounts } from '../../thread/checker/dated-counts';
import { recordAudit } from '../db/record-audit';
import { now, today } from '../clock/clock';
import { PlanDraft } from '../db/plan-draft';
import { loadPlanBody } from '../db/plan-load';
import type { Database } from '../db/schema';
import { readVersionState } from '../db/version-state';
import { planAuditEvent } from './audit-events';
import type { PlanContext } from './plan-context';
import { inTransaction } from '../db/in-transaction';

/** A use case's answer: done, or refused for a reason it names. */
export type UseCaseResult = { ok: true } | { ok: false; reason: string };

/** The plan was agreed or archived (by now, if not when it was opened): changes come through a review. */
export type PlanFrozen = { ok: false; reason: 'frozen' };

/** The item a change's audit row names: known beforehand, or (for an item it adds) from what it made. */
export type AuditedItem<R> = string | null | ((result: Extract<R, { ok: true }>) => string);

/** Undoes a transaction whose change was refused, carrying the refusal out. */
export class Refusal<R> {
	constructor(readonly result: R) {}
}

/**
 * Runs a change to a plan's current version, as one transaction with its audit row. Only the version's
 * status (and the plan's archiving) is checked again inside it: an agreement landing since the plan was
 * opened wins. `write` makes the change through repository functions that take the same change into a
 * draft of the version's rows, from which the thread's date-free counts for the caseload are worked out
 * without reading the plan again. A refusal from `write` undoes everything and is returned as it is.
 */
export async function changePlan<R extends UseCaseResult>(
	ctx: PlanContext,
	audit: { item: AuditedItem<R>; action?: AuditAction },
	write: (trx: Transaction<Database>, draft: PlanDraft) => Promise<R>
): Promise<R | PlanFrozen> {
	try {
		return await inTransaction(
			ctx.db,
			async (trx) => {
				const current = await readVersionState(trx, ctx.version.id);
				if (!current || current.status !== 'draft' || current.archived_at !== null) {
					throw new Refusal<PlanFrozen>({ ok: false, reason: 'frozen' });
				}
				// Someone else changed the version since it was read: start the draft from what is stored now.
				const body =
					current.content_revision === ctx.version.content_revision ? ctx : await loadPlanBody(trx, ctx.version.id);
				const draft = new PlanDraft(ctx, body);
				const result = await write(trx, draft);
				if (!result.ok) throw new Refusal(result);
				const counts = storedCounts(checkThread(draft.document(), { today: today() }));
				await trx
					.updateTable('plan_version')
					.set({
						content_revision: current.content_revision + 1,
						error_count: counts.errorCount,
						warning_count: counts.warningCount,
						updated_at: now().toISOString()
					})
					.where('id', '=', ctx.version.id)
					.execute();
				const { item } = audit;
				await recordAudit(
					trx,
					planAuditEvent(
						ctx,
						audit.action ?? 'plan.changed',
						typeof item === 'function' ? item(result as Extract<R, { ok: true }>) : item
					)
				);
				return result;
			},
			// Every change to a version moves it on, so two at once always overlap: they queue.
			{ queueBehind: `plan-version:${ctx.version.id}` }
		);
	} catch (caught) {
		if (caught instanceof Refusal) return caught.result as R | PlanFrozen;
		throw caught;
	}
}
