import { deleteItem as deleteRow } from '../db/plan-items';
import type { PlanItemKind } from '../db/schema';
import { changePlan, type PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';

export type DeleteResult =
	| { ok: true }
	| { ok: false; reason: 'stale'; currentRevision: number }
	| { ok: false; reason: 'not-found' }
	| PlanFrozen;

/**
 * Deletes an item of `kind` (its links and, for an outcome, its steps go with it), if nobody changed it
 * since the confirmation was shown at `revision`.
 */
export function deleteItem(ctx: PlanContext, kind: PlanItemKind, id: string, revision: number): Promise<DeleteResult> {
	return changePlan<DeleteResult>(ctx, { item: `${kind}:${id}` }, async (trx, draft) => {
		if (!ctx.items.some((row) => row.id === id && row.kind === kind)) return { ok: false, reason: 'not-found' };
		const result = await deleteRow(trx, ctx.version.id, id, revision, draft);
		return result.ok ? { ok: true } : result.reason === 'stale' ? result : { ok: false, reason: 'not-found' };
	});
}
