import { now } from '../clock/clock';
import { insertSuggestion, storedRevision } from '../db/suggestions';
import type { PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';
import { newId } from '../tokens/token';
import { besideDraft } from './beside-draft';
import { wordsItem } from './words-item';

export type SuggestResult =
	| { ok: true; id: string }
	/** The words were changed since the form was drawn: the suggestion would be about other words. */
	| { ok: false; reason: 'stale'; currentRevision: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'forbidden'; message: string }
	| PlanFrozen;

/**
 * Suggests new words for an item recorded as someone else's, leaving the item as it is until they (or an
 * editor with them) accept. Anyone who may contribute to the plan may suggest.
 */
export async function suggestChange(
	ctx: PlanContext,
	input: { itemId: string; revision: number; text: string }
): Promise<SuggestResult> {
	if (!ctx.actions.has('contribute'))
		return { ok: false, reason: 'forbidden', message: 'Only the plan’s team and family can suggest changes.' };
	const item = wordsItem(ctx, input.itemId);
	if (!item) return { ok: false, reason: 'not-found' };
	if (item.revision !== input.revision) return { ok: false, reason: 'stale', currentRevision: item.revision };
	const id = newId();
	return besideDraft<SuggestResult>(
		ctx,
		{ action: 'suggestion.made', item: `${item.kind}:${item.id}` },
		async (trx) => {
			// Checked again inside: a change landing since the page was read makes this about other words.
			const revision = await storedRevision(trx, ctx.version.id, item.id);
			if (revision === undefined) return { ok: false, reason: 'not-found' };
			if (revision !== input.revision) return { ok: false, reason: 'stale', currentRevision: revision };
			await insertSuggestion(trx, {
				id,
				plan_id: ctx.planRow.id,
				version_id: ctx.version.id,
				item_id: item.id,
				item_revision: item.revision,
				text: input.text,
				suggested_by: ctx.account.id,
				suggested_by_name: ctx.account.name,
				suggested_at: now().toISOString(),
				status: 'open',
				decided_by: null,
				decided_by_name: null,
				decided_at: null,
				decided_with: null
			});
			return { ok: true, id };
		}
	);
}
