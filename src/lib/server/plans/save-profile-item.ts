import type { ProfileItemInput } from '../../forms/profile';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/** Adds or changes an item of one of the one-page profile's lists (About me). */
export function saveProfileItem(
	ctx: PlanContext,
	target: ItemTarget,
	input: Pick<ProfileItemInput, 'list' | 'text'>
): Promise<ItemSaveResult> {
	return writeItem(ctx, input.list, target, { text: input.text });
}
