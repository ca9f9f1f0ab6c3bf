import type * as v from 'valibot';
import type { provisionSchema } from '../../forms/provision';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/** Adds or changes provision, with the outcomes it serves and the team member who delivers it. */
export function saveProvision(
	ctx: PlanContext,
	target: ItemTarget,
	input: v.InferOutput<typeof provisionSchema>,
	outcomeIds: readonly string[]
): Promise<ItemSaveResult> {
	const { teamMemberId, ...fields } = input;
	const data = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as typeof fields;
	return writeItem(ctx, 'provision', target, data, {
		outcome: outcomeIds,
		team: teamMemberId ? [teamMemberId] : []
	});
}
