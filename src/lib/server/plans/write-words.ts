import type { SaidBy } from '../../plan/document';
import { changeNeedsSuggestion } from '../../plan/words-rights';
import type { SaidByChoice } from '../../forms/said-by';
import { suggestChange } from './suggest-change';
import { wordsItem, type WordsKind } from './words-item';
import type { ItemData } from '../db/plan-document-rows';
import type { PlanContext } from './plan-context';
import { chosenSpeaker } from './said-by-choice';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/**
 * Adds or changes an item of someone's own words. New words, and changes to one's own, are written with
 * who said them. A change to words recorded as someone else's (and to the child's, whoever writes) is
 * made a suggestion instead, and the item left as it was said; its speaker stays as recorded.
 */
export async function writeWords<K extends WordsKind>(
	ctx: PlanContext,
	kind: K,
	target: ItemTarget,
	input: { text: string } & SaidByChoice,
	data: (saidBy: SaidBy | undefined) => ItemData[K],
	/** Who said it when the input does not say; none to leave the words unnamed, as before. */
	fallback: 'child' | 'me' | undefined
): Promise<ItemSaveResult> {
	const current = target && wordsItem(ctx, target.id);
	if (target && current && changeNeedsSuggestion(current.data, ctx.account.id)) {
		// Unchanged words are no suggestion: nothing to do.
		if (current.data.text === input.text) return { ok: true, id: target.id, revision: current.revision };
		const made = await suggestChange(ctx, { itemId: target.id, revision: target.revision, text: input.text });
		return made.ok ? { ok: true, id: target.id, revision: target.revision, suggested: true } : made;
	}
	const choice = input.saidBy ?? fallback;
	const saidBy = choice ? chosenSpeaker(ctx, { saidBy: choice, with: input.with }) : undefined;
	if (choice && !saidBy)
		return {
			ok: false,
			reason: 'forbidden',
			message: 'The person you chose is no longer in the plan’s team. Choose who said this again.'
		};
	return writeItem(ctx, kind, target, data(saidBy));
}
