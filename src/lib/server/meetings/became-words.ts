import { numberItems } from '../../audit/audited-item';
import { becameLabel, becameOf } from '../../meeting/contribution-item';
import type { PlanContext } from '../plans/plan-context';

/**
 * Reads what contributions became, in words, against the plan as it is now: "Became aspiration 3" by
 * the item's number today (found by the id it was first written with, once the plan has moved on to a
 * new version), or "…, since removed". Null for a contribution that became nothing.
 */
export function becameWords(ctx: Pick<PlanContext, 'items'>): (stored: string | null) => string | null {
	let numbered: ReturnType<typeof numberItems> | undefined;
	return (stored) => {
		const became = becameOf(stored);
		if (!became) return null;
		// Numbered once, and only when some contribution became something.
		numbered ??= numberItems(
			ctx.items.map((row) => ({
				id: row.id,
				lineageId: row.lineage_id,
				kind: row.kind,
				parentId: row.parent_id,
				position: row.position,
				text: ''
			}))
		);
		const item = numbered.get(became.id);
		return becameLabel(became.kind, item && item.kind === became.kind ? item.number : null);
	};
}
