import type { ProfileItemInput } from '../../forms/profile';
import type { SaidByChoice } from '../../forms/said-by';
import type { PlanContext } from './plan-context';
import type { ItemSaveResult, ItemTarget } from './write-item';
import { writeWords } from './write-words';

/**
 * Adds or changes an item of one of the one-page profile's lists (About me), with who said it (the
 * writer, unless the form says otherwise). A change to someone else's words, or the child's, is a
 * suggestion (`writeWords`).
 */
export function saveProfileItem(
	ctx: PlanContext,
	target: ItemTarget,
	input: Pick<ProfileItemInput, 'list' | 'text'> & SaidByChoice
): Promise<ItemSaveResult> {
	return writeWords(
		ctx,
		input.list,
		target,
		input,
		(saidBy) => ({ text: input.text, ...(saidBy ? { saidBy } : {}) }),
		'me'
	);
}
