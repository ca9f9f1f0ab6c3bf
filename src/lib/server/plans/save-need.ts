import type * as v from 'valibot';
import type { needSchema } from '../../forms/need';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/** Adds or changes a need, with the aspirations it stands in the way of. */
export function saveNeed(
	ctx: PlanContext,
	target: ItemTarget,
	input: v.InferOutput<typeof needSchema>,
	aspirationIds: readonly string[]
): Promise<ItemSaveResult> {
	return writeItem(ctx, 'need', target, { text: input.text, area: input.area }, { aspiration: aspirationIds });
}
