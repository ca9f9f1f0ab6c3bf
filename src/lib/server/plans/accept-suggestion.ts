import { decideSuggestion } from '../db/suggestions';
import type { ItemData } from '../db/plan-document-rows';
import type { PlanContext } from './plan-context';
import { writeItem } from './write-item';
import { openDecision, type DecisionInput, type DecisionResult } from './suggestion-decision';

/**
 * Accepts a suggested change: the item's words become the suggestion's, through the item's normal
 * write (one transaction with the suggestion's decision and the audit row); who said them stays.
 * Refused when the words have changed since the suggestion was made.
 */
export async function acceptSuggestion(ctx: PlanContext, input: DecisionInput): Promise<DecisionResult> {
	const opened = await openDecision(ctx, input, 'accepted');
	if (!opened.ok) return opened;
	const { suggestion, item, decision } = opened;
	const result = await writeItem(
		ctx,
		item.kind,
		{ id: item.id, revision: suggestion.item_revision },
		{ ...item.data, text: suggestion.text } as ItemData[typeof item.kind],
		undefined,
		async (trx) =>
			(await decideSuggestion(trx, suggestion.id, decision))
				? undefined
				: { ok: false, reason: 'forbidden', message: 'decided' },
		'suggestion.accepted'
	);
	if (result.ok) return { ok: true, itemId: item.id };
	switch (result.reason) {
		case 'stale':
			return { ok: false, reason: 'stale' };
		case 'forbidden':
			return { ok: false, reason: 'decided' };
		case 'frozen':
			return { ok: false, reason: 'frozen' };
		default:
			return { ok: false, reason: 'not-found' };
	}
}
