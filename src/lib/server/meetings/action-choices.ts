import * as v from 'valibot';
import type { FormErrors } from '../../forms/form-errors';
import { formInput } from '../../forms/form-input';
import { actionChoiceSchema } from '../../forms/meeting';
import {
	confirmationQuestion,
	destinationChoices,
	destinationRecord,
	type ActionDestination,
	type PlannedAction
} from '../../meeting/action-into-plan';
import type { MeetingPointRow } from '../db/meetings';
import type { PlanContext } from '../plans/plan-context';

/** The id of the choice of where action `pointId` goes: each action has its own, so the summary can link to it. */
export function destinationFieldId(pointId: string): string {
	return `as-${pointId}`;
}

/** Why the chair is not offered to put actions into the plan on an agreed plan (a review meeting's). */
export const agreedPlanReason =
	'The plan is agreed, so it changes only through its review: these actions go into the review record when the meeting ends, and once the review is completed the next version is a draft they can be added to.';

/** What the Actions screen offers the chair for putting actions into the plan (`readActionChoices`). */
export interface ActionChoices {
	/** Why nothing is offered, when the chair would otherwise be offered it (an agreed plan). */
	reason: string | null;
	/** Where each action not yet in the plan may go, by its id. */
	choices: Record<string, { value: string; label: string }[]>;
	/** The one question to confirm, once a place is chosen, with what the form sends back. */
	confirm: { put: string; as: string; question: string; revision: number } | null;
	/** What was wrong with the choice, by the field and for the summary. */
	errors: FormErrors | null;
}

/** The revision the confirmation's change is guarded by: that of what the question describes. */
function revisionOf(ctx: PlanContext, destination: ActionDestination): number {
	switch (destination.kind) {
		case 'step':
			return ctx.revisions[destination.outcomeId] ?? 0;
		case 'plan-review':
			return ctx.version.revision;
		case 'provision-review':
			return ctx.revisions[destination.provisionId] ?? 0;
	}
}

/**
 * What the Actions screen offers the chair for putting actions into the plan: for each action not yet
 * in it, where it may go; once a place is chosen (`?put=<action>&as=<place>`, a GET, so nothing changes
 * yet), the one question to confirm, with the revision it was asked at. A choice that cannot be
 * confirmed (sent by hand, or no longer true) is answered by messages for the field and the summary.
 * Nothing is offered outside an open meeting's chair, and on an agreed plan only the reason why.
 */
export function readActionChoices(
	ctx: PlanContext,
	points: readonly MeetingPointRow[],
	canChair: boolean,
	params: URLSearchParams
): ActionChoices {
	const none: ActionChoices = { reason: null, choices: {}, confirm: null, errors: null };
	if (!canChair) return none;
	if (ctx.frozen) return { ...none, reason: agreedPlanReason };
	const actions = new Map(
		points
			.filter((point) => point.kind === 'action' && point.became === null)
			.map((point): [string, PlannedAction] => [point.id, { text: point.text, who: point.who, byWhen: point.by_when }])
	);
	const choices = Object.fromEntries(
		[...actions].map(([id, action]) => [id, destinationChoices(action, ctx.document)])
	);
	if (!params.has('put')) return { ...none, choices };
	const put = params.get('put') ?? '';
	const refuse = (errors: FormErrors): ActionChoices => ({ ...none, choices, errors });
	const action = actions.get(put);
	if (!action)
		return refuse({
			form: points.some((point) => point.id === put && point.became !== null)
				? 'That action is in the plan already.'
				: 'That is not one of this meeting’s actions: choose again from the list.'
		});
	const parsed = v.safeParse(actionChoiceSchema, formInput(params, actionChoiceSchema));
	const field = destinationFieldId(put);
	if (!parsed.success) return refuse({ [field]: parsed.issues[0].message });
	const question = confirmationQuestion(action, parsed.output.as, ctx.document);
	if (!question) return refuse({ [field]: 'That place is not offered for this action: choose one from the list' });
	return {
		...none,
		choices,
		confirm: {
			put,
			as: destinationRecord(parsed.output.as),
			question,
			revision: revisionOf(ctx, parsed.output.as)
		}
	};
}
