import { moveItem as moveRow, swapPositions } from '../db/plan-items';
import type { PlanItemKind } from '../db/schema';
import { changePlan, type PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';

export type MoveResult = { ok: true } | { ok: false; reason: 'not-found' | 'at-end' } | PlanFrozen;

/**
 * Moves an item of `kind` up or down its list. With `groupOf` (an aspiration's voice, a need's area) it
 * swaps places with its neighbour in the group the page shows together, so "Move up" moves it up the
 * list the person sees.
 */
export function moveItem(
	ctx: PlanContext,
	kind: PlanItemKind,
	id: string,
	direction: 'up' | 'down',
	groupOf?: (data: unknown) => string
): Promise<MoveResult> {
	return changePlan<MoveResult>(ctx, { item: `${kind}:${id}` }, async (trx, draft) => {
		const rows = ctx.items.filter((row) => row.kind === kind);
		const self = rows.find((row) => row.id === id);
		if (!self) return { ok: false, reason: 'not-found' };
		if (!groupOf) {
			return (await moveRow(trx, ctx.version.id, id, direction, draft))
				? { ok: true }
				: { ok: false, reason: 'at-end' };
		}
		const group = groupOf(JSON.parse(self.data));
		const siblings = rows.filter((row) => groupOf(JSON.parse(row.data)) === group);
		const index = siblings.findIndex((row) => row.id === id);
		const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
		if (!neighbour) return { ok: false, reason: 'at-end' };
		await swapPositions(trx, self, neighbour, draft);
		return { ok: true };
	});
}
