import { decideSuggestion } from '../db/suggestions';
import type { PlanContext } from './plan-context';
import { openDecision, type DecisionInput, type DecisionResult } from './suggestion-decision';
import { besideDraft } from './beside-draft';

/** Declines a suggested change: the words stay as they were said; the suggestion is kept, declined. */
export async function declineSuggestion(ctx: PlanContext, input: DecisionInput): Promise<DecisionResult> {
	const opened = await openDecision(ctx, input, 'declined');
	if (!opened.ok) return opened;
	const { suggestion, item, decision } = opened;
	return besideDraft<DecisionResult>(
		ctx,
		{ action: 'suggestion.declined', item: `${item.kind}:${item.id}` },
		async (trx) =>
			(await decideSuggestion(trx, suggestion.id, decision))
				? { ok: true, itemId: item.id }
				: { ok: false, reason: 'decided' }
	);
}
