import { saidLabel, speakerName } from '../../plan/said-label';
import type { SuggestionView } from '../../plan/suggestion-lines';
import { changeNeedsSuggestion } from '../../plan/words-rights';
import type { PlanContext } from '../plans/plan-context';
import { wordsItem } from '../plans/words-item';
import { itemSuggestions } from '../suggestion-actions';

/** An aspiration as the meeting's plan screen shows it. */
export interface MeetingPlanWords {
	id: string;
	number: number;
	text: string;
	/** "Sarah said (with her key worker)", or empty when the plan does not know. */
	said: string;
	/** Who must accept a change to them ("Sarah"), or null when the plan does not know who said them. */
	speaker: string | null;
	/** The revision a suggestion is about: one made after the words changed is refused as stale. */
	revision: number;
	/** Whether this person may suggest new words here: someone else's words (or the child's), on a draft. */
	maySuggest: boolean;
	open: SuggestionView[];
	history: string[];
}

/**
 * The plan's aspirations, in the plan's order and numbered as the plan numbers them, each with who said
 * it, its waiting suggestions (with accept and decline for those who may decide) and whether this
 * person may suggest new words: the meeting changes someone's words only by suggestion, as the plan's
 * own pages do.
 */
export async function meetingPlanWords(ctx: PlanContext): Promise<MeetingPlanWords[]> {
	const suggestions = await itemSuggestions(ctx);
	const mayContribute = ctx.actions.has('contribute') && !ctx.frozen;
	return ctx.document.aspirations.map((aspiration, index) => ({
		id: aspiration.id,
		number: index + 1,
		text: aspiration.text,
		said: saidLabel(aspiration, ctx.document.child) ?? '',
		speaker: speakerName(aspiration, ctx.document.child) ?? null,
		revision: wordsItem(ctx, aspiration.id)?.revision ?? 0,
		maySuggest: mayContribute && changeNeedsSuggestion(aspiration, ctx.account.id),
		open: suggestions[aspiration.id]?.open ?? [],
		history: suggestions[aspiration.id]?.history ?? []
	}));
}
