import { speakerName } from '../../plan/said-label';
import { decisionRight } from '../../plan/words-rights';
import { now } from '../clock/clock';
import type { SuggestionTable } from '../db/schema';
import { readSuggestion, type Suggestion } from '../db/suggestions';
import type { PlanFrozen } from './change-plan';
import type { PlanContext } from './plan-context';
import { wordsItem, type WordsItem } from './words-item';

/** What accepting or declining a suggestion answers. */
export type DecisionResult =
	| { ok: true; itemId: string }
	/** No such open suggestion on this plan's draft (or its words were deleted). */
	| { ok: false; reason: 'not-found' }
	/** Someone accepted or declined it first. */
	| { ok: false; reason: 'decided' }
	/** The words changed after the suggestion was made: it is about words no longer there. */
	| { ok: false; reason: 'stale' }
	/** Neither the person who said the words, nor an editor. */
	| { ok: false; reason: 'forbidden' }
	/** An editor deciding for someone else must record who agreed. */
	| { ok: false; reason: 'needs-agreement' }
	| PlanFrozen;

/**
 * Which suggestion, and for an editor deciding with the person who said the words: that they agreed
 * (`agreed`), and how or where ("in the review meeting"), recorded as "Sarah, in the review meeting".
 */
export interface DecisionInput {
	suggestionId: string;
	agreed?: boolean;
	how?: string | undefined;
}

/**
 * The open suggestion to decide, its item, and the decision's columns, if this person may decide it:
 * the person who said the words themselves, or an editor who records who agreed.
 */
export async function openDecision(
	ctx: PlanContext,
	input: DecisionInput,
	status: 'accepted' | 'declined'
): Promise<
	{ ok: true; suggestion: Suggestion; item: WordsItem; decision: Decision } | Exclude<DecisionResult, { ok: true }>
> {
	const suggestion = await readSuggestion(ctx.db, ctx.version.id, input.suggestionId);
	const item = suggestion && wordsItem(ctx, suggestion.item_id);
	if (!suggestion || !item) return { ok: false, reason: 'not-found' };
	if (suggestion.status !== 'open') return { ok: false, reason: 'decided' };
	const right = decisionRight(item.data, {
		accountId: ctx.account.id,
		mayEdit: ctx.actions.has('edit') && !ctx.frozen
	});
	if (!right) return { ok: false, reason: 'forbidden' };
	if (right === 'own') return { ok: true, suggestion, item, decision: decisionColumns(ctx, status, null) };
	if (!input.agreed) return { ok: false, reason: 'needs-agreement' };
	const who = speakerName(item.data, ctx.document.child) ?? 'The person who said it';
	const agreedWith = input.how ? `${who}, ${input.how}` : who;
	return { ok: true, suggestion, item, decision: decisionColumns(ctx, status, agreedWith) };
}

type Decision = Pick<SuggestionTable, 'status' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'decided_with'>;

function decisionColumns(ctx: PlanContext, status: 'accepted' | 'declined', agreedWith: string | null): Decision {
	return {
		status,
		decided_by: ctx.account.id,
		decided_by_name: ctx.account.name,
		decided_at: now().toISOString(),
		decided_with: agreedWith
	};
}
