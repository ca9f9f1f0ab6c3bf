import type * as v from 'valibot';
import type { outcomeSchema } from '../../forms/outcome';
import type { Step } from '../../plan/document';
import { replaceSteps } from '../db/plan-items';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/**
 * Adds or changes an outcome with the aspirations and needs it serves and its steps. The outcome's
 * revision guards its whole form, steps included: its steps are rewritten with it.
 */
export function saveOutcome(
	ctx: PlanContext,
	target: ItemTarget,
	input: v.InferOutput<typeof outcomeSchema> & { aspirationIds: readonly string[]; needIds: readonly string[] },
	steps: readonly Step[]
): Promise<ItemSaveResult> {
	const outcome = {
		text: input.text,
		...(input.targetDate ? { targetDate: input.targetDate } : {}),
		...(input.successCriteria ? { successCriteria: input.successCriteria } : {})
	};
	return writeItem(
		ctx,
		'outcome',
		target,
		outcome,
		{ aspiration: input.aspirationIds, need: input.needIds },
		(trx, draft, id) => replaceSteps(trx, ctx.version.id, id, steps, ctx.account.id, draft)
	);
}
