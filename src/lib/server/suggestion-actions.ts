/**
 * What the pages of someone's own words (Aspirations, About me) share about suggestions: each item's
 * open suggestions and history, and the accept and decline actions.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { suggestionDecisionSchema } from '$lib/forms/suggestion-decision';
import { speakerName } from '$lib/plan/said-label';
import { acceptedLine, suggestsLine, type SuggestionView } from '$lib/plan/suggestion-lines';
import { decisionRight } from '$lib/plan/words-rights';
import { ukDateOf } from '$lib/dates/format-timestamp';
import { suggestionsOfVersion } from './db/suggestions';
import { invalidItem } from './plan-item-actions';
import { openPlan, type PlanContext } from './plans/plan-context';
import { acceptSuggestion } from './plans/accept-suggestion';
import { declineSuggestion } from './plans/decline-suggestion';
import type { DecisionResult } from './plans/suggestion-decision';
import { wordsItem } from './plans/words-item';

/** Each item's open suggestions and its history ("Changed on … at Grace’s suggestion, …"), by item id. */
export async function itemSuggestions(
	ctx: PlanContext
): Promise<Record<string, { open: SuggestionView[]; history: string[] }>> {
	const byItem: Record<string, { open: SuggestionView[]; history: string[] }> = {};
	for (const row of await suggestionsOfVersion(ctx.db, ctx.version.id)) {
		const item = wordsItem(ctx, row.item_id);
		if (!item) continue;
		const entry = (byItem[row.item_id] ??= { open: [], history: [] });
		if (row.status === 'accepted' && row.decided_at)
			entry.history.push(
				acceptedLine({
					suggestedBy: row.suggested_by_name,
					decidedBy: row.decided_by_name ?? 'someone',
					decidedAt: row.decided_at,
					decidedWith: row.decided_with
				})
			);
		if (row.status !== 'open') continue;
		const right = ctx.frozen
			? undefined
			: decisionRight(item.data, { accountId: ctx.account.id, mayEdit: ctx.actions.has('edit') });
		entry.open.push({
			id: row.id,
			text: row.text,
			heading: suggestsLine(row.suggested_by_name),
			on: ukDateOf(row.suggested_at),
			speaker: speakerName(item.data, ctx.document.child) ?? 'The person who said it',
			right: right ?? null
		});
	}
	return byItem;
}

const decisionMessages: Record<Exclude<DecisionResult, { ok: true }>['reason'], string> = {
	'not-found': 'That suggestion could not be found. The words it was about may have been deleted.',
	decided: 'Someone has already accepted or declined this suggestion.',
	stale:
		'The words changed after this suggestion was made, so it cannot be accepted. Decline it, and suggest the change again if it is still wanted.',
	forbidden:
		'Only the person who said these words, or one of the plan’s editors with them, can decide on this suggestion.',
	'needs-agreement': 'Tick the box to record that they agreed. Decide on a change to someone’s words only with them.',
	frozen: 'This plan has been agreed, so it cannot be changed. Changes come through a review.'
};

/**
 * The `accept` or `decline` action: back to the item (on the page it came from, unless `back` says where
 * from the item's id: the meeting's page goes back to its plan screen), or the page again with the reason
 * by the form.
 */
export async function decideAction(
	event: RequestEvent<{ planId: string }>,
	decision: 'accept' | 'decline',
	back?: (itemId: string) => string
) {
	const data = await event.request.formData();
	const values = formValues(data);
	const parsed = v.safeParse(suggestionDecisionSchema, formInput(data, suggestionDecisionSchema));
	if (!parsed.success) return invalidItem(400, formErrors(parsed.issues), values);
	const ctx = await openPlan(event, 'contribute');
	const input = {
		suggestionId: parsed.output.suggestion,
		agreed: parsed.output.agreed === 'yes',
		how: parsed.output.how
	};
	const result = decision === 'accept' ? await acceptSuggestion(ctx, input) : await declineSuggestion(ctx, input);
	if (result.ok)
		redirect(
			303,
			back?.(result.itemId) ?? `${event.url.pathname}?${decision}ed=${result.itemId}#item-${result.itemId}`
		);
	const field = result.reason === 'needs-agreement' ? `agreed-${input.suggestionId}` : 'form';
	return invalidItem(result.reason === 'forbidden' ? 403 : 409, { [field]: decisionMessages[result.reason] }, values);
}
