import { formatUkDate } from '../dates/format';
import type { IsoDate } from '../dates/iso-date';
import type { PlanDocument, Step } from '../plan/schema';
import { quote } from '../thread/quote';

/**
 * What an action agreed in a meeting may become in the plan (issue #16: "actions … which can become
 * outcome steps, provision changes or key dates with one confirmation"): a step of one of its outcomes,
 * or a key date — the plan's next review, or a provision's review — set to the action's by-when date.
 */
export type ActionDestination =
	{ kind: 'step'; outcomeId: string } | { kind: 'plan-review' } | { kind: 'provision-review'; provisionId: string };

/** An action as the choice and its words need it. */
export interface PlannedAction {
	text: string;
	who: string | null;
	byWhen: IsoDate | null;
}

/**
 * A destination as one short string: the value the chair's choice sends, and what `meeting_point.became`
 * keeps once the action is in the plan ("step:<outcome id>", "plan-review", "provision-review:<id>").
 */
export function destinationRecord(destination: ActionDestination): string {
	switch (destination.kind) {
		case 'step':
			return `step:${destination.outcomeId}`;
		case 'plan-review':
			return 'plan-review';
		case 'provision-review':
			return `provision-review:${destination.provisionId}`;
	}
}

/** The destination a record names, or null for anything else (a form sent by hand, a record from elsewhere). */
export function readDestination(record: string): ActionDestination | null {
	if (record === 'plan-review') return { kind: 'plan-review' };
	const match = /^(step|provision-review):([^:\s]{1,200})$/.exec(record);
	if (!match) return null;
	return match[1] === 'step'
		? { kind: 'step', outcomeId: match[2]! }
		: { kind: 'provision-review', provisionId: match[2]! };
}

/**
 * The step an action becomes: its words, with who does it after them unless the words already name
 * them, so that the plan says whose step it is; its target date is the action's by-when date.
 */
export function stepFromAction(action: PlannedAction): Step {
	const who = action.who?.trim() ?? '';
	const named = who === '' || action.text.toLowerCase().includes(who.toLowerCase());
	return {
		text: named ? action.text : `${action.text} (${who})`,
		...(action.byWhen ? { targetDate: action.byWhen } : {})
	};
}

/**
 * Whether `destination` is one the action may take in `document`: the outcome or provision is in the
 * plan, and a key date needs a by-when date that the plan's own rules allow (a plan's review after its
 * start; a provision's review not before its start).
 */
export function mayBecome(action: PlannedAction, destination: ActionDestination, document: PlanDocument): boolean {
	switch (destination.kind) {
		case 'step':
			return document.outcomes.some((outcome) => outcome.id === destination.outcomeId);
		case 'plan-review':
			return action.byWhen !== null && action.byWhen > document.plan.startDate;
		case 'provision-review': {
			const provision = document.provision.find((p) => p.id === destination.provisionId);
			return (
				provision !== undefined &&
				action.byWhen !== null &&
				(provision.startDate === undefined || action.byWhen >= provision.startDate)
			);
		}
	}
}

/** The destinations the chair is offered for an action, each with its label, in the plan's order. */
export function destinationChoices(action: PlannedAction, document: PlanDocument): { value: string; label: string }[] {
	const all: { destination: ActionDestination; label: string }[] = [
		...document.outcomes.map((outcome, i) => ({
			destination: { kind: 'step', outcomeId: outcome.id } as const,
			label: `A step of outcome ${i + 1}: ${quote(outcome.text)}`
		})),
		{ destination: { kind: 'plan-review' }, label: 'The plan’s next review date' },
		...document.provision.map((provision, i) => ({
			destination: { kind: 'provision-review', provisionId: provision.id } as const,
			label: `The review date of provision ${i + 1}: ${quote(provision.text)}`
		}))
	];
	return all
		.filter((choice) => mayBecome(action, choice.destination, document))
		.map((choice) => ({ value: destinationRecord(choice.destination), label: choice.label }));
}

/** ", which is 1 March 2027 now" after a date being replaced, or nothing when there was none. */
function replacing(current: IsoDate | undefined): string {
	return current ? ` (it is ${formatUkDate(current)} now)` : '';
}

/**
 * The one question the confirmation asks, saying exactly what will change: "Add “Ask the OT for a
 * seating assessment (Priya Shah)” as step 3 of outcome 2, “By the age of 16, Sarah will…”, by 14
 * January 2027?". Null when the action may not take that destination.
 */
export function confirmationQuestion(
	action: PlannedAction,
	destination: ActionDestination,
	document: PlanDocument
): string | null {
	if (!mayBecome(action, destination, document)) return null;
	switch (destination.kind) {
		case 'step': {
			const number = document.outcomes.findIndex((outcome) => outcome.id === destination.outcomeId);
			const outcome = document.outcomes[number]!;
			const step = stepFromAction(action);
			const by = step.targetDate ? `, by ${formatUkDate(step.targetDate)}` : '';
			return `Add “${step.text}” as step ${outcome.steps.length + 1} of outcome ${number + 1}, ${quote(outcome.text)}${by}?`;
		}
		case 'plan-review':
			return `Set the plan’s next review date to ${formatUkDate(action.byWhen!)}${replacing(document.plan.reviewDate)}?`;
		case 'provision-review': {
			const number = document.provision.findIndex((p) => p.id === destination.provisionId);
			const provision = document.provision[number]!;
			return `Set the review date of provision ${number + 1}, ${quote(provision.text)}, to ${formatUkDate(action.byWhen!)}${replacing(provision.reviewDate)}?`;
		}
	}
}

/**
 * What an action became, in words, from its record and the plan as it is now: "Became step 3 of
 * outcome 2". The item is found by its id, or by the id it was first written with (`lineage`, each
 * item's first id by its current one) once the plan has moved to a later version; when it cannot be
 * found the words say what it became without a number. Null for a record this app does not know.
 */
export function actionBecameWords(
	record: string,
	action: PlannedAction,
	document: PlanDocument,
	lineage: Readonly<Record<string, string>> = {}
): string | null {
	const destination = readDestination(record);
	if (!destination) return null;
	const same = (id: string, recorded: string) => id === recorded || lineage[id] === recorded;
	switch (destination.kind) {
		case 'step': {
			const number = document.outcomes.findIndex((outcome) => same(outcome.id, destination.outcomeId));
			if (number < 0) return 'Became a step of an outcome';
			const text = stepFromAction(action).text;
			const step = document.outcomes[number]!.steps.findIndex((s) => s.text === text);
			return step < 0 ? `Became a step of outcome ${number + 1}` : `Became step ${step + 1} of outcome ${number + 1}`;
		}
		case 'plan-review':
			return 'Set as the plan’s next review date';
		case 'provision-review': {
			const number = document.provision.findIndex((p) => same(p.id, destination.provisionId));
			return number < 0 ? 'Set as a provision’s review date' : `Set as the review date of provision ${number + 1}`;
		}
	}
}
