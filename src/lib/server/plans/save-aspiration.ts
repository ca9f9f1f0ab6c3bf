import type * as v from 'valibot';
import type { aspirationSchema } from '../../forms/aspiration';
import { familyVoices } from '../../plan/voices';
import type { PlanContext } from './plan-context';
import { writeItem, type ItemSaveResult, type ItemTarget } from './write-item';

/**
 * Adds or changes an aspiration. Editors may write any voice; the family (contributors) only their own,
 * and may not change words recorded as a professional's.
 */
export async function saveAspiration(
	ctx: PlanContext,
	target: ItemTarget,
	input: v.InferOutput<typeof aspirationSchema>
): Promise<ItemSaveResult> {
	if (!ctx.actions.has('edit')) {
		const current = target && ctx.document.aspirations.find((a) => a.id === target.id);
		if (!familyVoices.includes(input.voice) || (current && !familyVoices.includes(current.voice))) {
			return {
				ok: false,
				reason: 'forbidden',
				message: 'Only the plan’s editors can change an aspiration in a professional’s words.'
			};
		}
	}
	return writeItem(ctx, 'aspiration', target, { text: input.text, voice: input.voice });
}
