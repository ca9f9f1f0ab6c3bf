import type * as v from 'valibot';
import type { aspirationSchema } from '../../forms/aspiration';
import type { SaidByChoice } from '../../forms/said-by';
import type { Voice } from '../../plan/document';
import { familyVoices } from '../../plan/voices';
import { changeNeedsSuggestion } from '../../plan/words-rights';
import type { PlanContext } from './plan-context';
import type { ItemSaveResult, ItemTarget } from './write-item';
import { writeWords } from './write-words';

/** An aspiration as a use case takes it: who said it may be left to the defaults. */
export type AspirationInput = Omit<v.InferOutput<typeof aspirationSchema>, keyof SaidByChoice> & SaidByChoice;

/**
 * Adds or changes an aspiration. Editors may write any voice; the family (contributors) only their own,
 * and may not change words recorded as a professional's (though they may suggest a change to them).
 * Words recorded as someone else's, and the child's, change only by suggestion (`writeWords`).
 */
export async function saveAspiration(
	ctx: PlanContext,
	target: ItemTarget,
	input: AspirationInput
): Promise<ItemSaveResult> {
	const current = target && ctx.document.aspirations.find((a) => a.id === target.id);
	// A suggestion changes nothing, so anyone who may contribute may make one, whatever the voice.
	const suggests = current !== undefined && changeNeedsSuggestion(current, ctx.account.id);
	const familyWrites = familyVoices.includes(input.voice) && (!current || familyVoices.includes(current.voice));
	if (!ctx.actions.has('edit') && !suggests && !familyWrites) {
		return {
			ok: false,
			reason: 'forbidden',
			message: 'Only the plan’s editors can change an aspiration in a professional’s words.'
		};
	}
	return writeWords(
		ctx,
		'aspiration',
		target,
		input,
		(saidBy) => ({ text: input.text, voice: input.voice, ...(saidBy ? { saidBy } : {}) }),
		defaultSpeaker(ctx, input.voice)
	);
}

/**
 * Who said it when the form does not say: the child for words in their voice; the writer for words in
 * their own kind of voice (the family a parent's, staff a professional's); otherwise no one is named
 * rather than the wrong person (staff writing down a parent's words).
 */
function defaultSpeaker(ctx: PlanContext, voice: Voice): 'child' | 'me' | undefined {
	if (voice === 'child') return 'child';
	const staff = ctx.actions.has('edit');
	return (voice === 'professional') === staff ? 'me' : undefined;
}
