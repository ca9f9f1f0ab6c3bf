import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { actionChoiceSchema } from '$lib/forms/meeting';
import {
	actionBecameWords,
	confirmationQuestion,
	destinationChoices,
	destinationRecord,
	readDestination,
	stepFromAction,
	type PlannedAction
} from '$lib/meeting/action-into-plan';
import type { PlanDocument } from '$lib/plan/document';
import { fixturePlan } from '../pdf/fixtures';

const sarah: PlanDocument = fixturePlan('sarah');

const seating: PlannedAction = { text: 'Ask the OT for a seating assessment', who: 'Priya Shah', byWhen: '2027-01-14' };
const undated: PlannedAction = { ...seating, byWhen: null };

describe('where an action may go in the plan', () => {
	it('reads back each record it writes, and nothing else', () => {
		for (const destination of [
			{ kind: 'step', outcomeId: 'o2' },
			{ kind: 'plan-review' },
			{ kind: 'provision-review', provisionId: 'p1' }
		] as const)
			expect(readDestination(destinationRecord(destination))).toEqual(destination);
		for (const record of [
			'',
			'step:',
			'step',
			'plan-review:x',
			'provision-review',
			'outcome:o1',
			'step:a:b',
			'step:a b'
		])
			expect(readDestination(record), record).toBeNull();
	});

	it('offers a step of each outcome, then the plan’s review date and each provision’s, in the plan’s order', () => {
		expect(destinationChoices(seating, sarah)).toEqual([
			{ value: 'step:o1', label: 'A step of outcome 1: “By the age of 16, Sarah will have a…”' },
			{ value: 'step:o2', label: 'A step of outcome 2: “By the age of 16, Sarah will travel…”' },
			{ value: 'plan-review', label: 'The plan’s next review date' },
			{
				value: 'provision-review:p1',
				label: 'The review date of provision 1: “Travel training with buddy support on…”'
			},
			{ value: 'provision-review:p2', label: 'The review date of provision 2: “A mentor meets Sarah to explore her…”' },
			{
				value: 'provision-review:p3',
				label: 'The review date of provision 3: “Social skills group at school, planned…”'
			}
		]);
	});

	it('offers no key date to an action without a date, or with one the plan’s rules refuse', () => {
		expect(destinationChoices(undated, sarah).map((c) => c.value)).toEqual(['step:o1', 'step:o2']);
		// The plan's review must come after its start; a provision's not before its own start (14 September 2026).
		const early = { ...seating, byWhen: '2026-09-10' };
		expect(destinationChoices(early, sarah).map((c) => c.value)).toEqual(['step:o1', 'step:o2', 'plan-review']);
		expect(destinationChoices({ ...seating, byWhen: '2026-09-07' }, sarah).map((c) => c.value)).not.toContain(
			'plan-review'
		);
	});
});

describe('the one question the confirmation asks', () => {
	it('says which step of which outcome, with whose it is and by when, as a UK date', () => {
		expect(confirmationQuestion(seating, { kind: 'step', outcomeId: 'o2' }, sarah)).toBe(
			'Add “Ask the OT for a seating assessment (Priya Shah)” as step 2 of outcome 2, “By the age of 16, Sarah will travel…”, by 14 January 2027?'
		);
		expect(confirmationQuestion(undated, { kind: 'step', outcomeId: 'o1' }, sarah)).toBe(
			'Add “Ask the OT for a seating assessment (Priya Shah)” as step 2 of outcome 1, “By the age of 16, Sarah will have a…”?'
		);
	});

	it('says which date changes, to what, and what it is now', () => {
		expect(confirmationQuestion(seating, { kind: 'plan-review' }, sarah)).toBe(
			'Set the plan’s next review date to 14 January 2027 (it is 5 March 2027 now)?'
		);
		expect(confirmationQuestion(seating, { kind: 'provision-review', provisionId: 'p2' }, sarah)).toBe(
			'Set the review date of provision 2, “A mentor meets Sarah to explore her…”, to 14 January 2027 (it is 5 March 2027 now)?'
		);
	});

	it('asks nothing of a place that is not offered: an outcome not in the plan, a date without one', () => {
		expect(confirmationQuestion(seating, { kind: 'step', outcomeId: 'gone' }, sarah)).toBeNull();
		expect(confirmationQuestion(undated, { kind: 'plan-review' }, sarah)).toBeNull();
		expect(confirmationQuestion(seating, { kind: 'provision-review', provisionId: 'o1' }, sarah)).toBeNull();
	});

	it('leaves who out of the step when the words already name them', () => {
		expect(stepFromAction({ text: 'Priya Shah to assess seating', who: 'priya shah', byWhen: null })).toEqual({
			text: 'Priya Shah to assess seating'
		});
	});
});

describe('what an action became', () => {
	const withStep = structuredClone(sarah);
	withStep.outcomes[1]!.steps.push(stepFromAction(seating));

	it('numbers the step and the provision as the plan is now', () => {
		expect(actionBecameWords('step:o2', seating, withStep)).toBe('Became step 2 of outcome 2');
		expect(actionBecameWords('plan-review', seating, withStep)).toBe('Set as the plan’s next review date');
		expect(actionBecameWords('provision-review:p3', seating, withStep)).toBe('Set as the review date of provision 3');
	});

	it('finds an item by the id it was first written with, in a later version', () => {
		const later = structuredClone(withStep);
		later.outcomes[1]!.id = 'o2-v2';
		expect(actionBecameWords('step:o2', seating, later, { 'o2-v2': 'o2' })).toBe('Became step 2 of outcome 2');
	});

	it('says what it became without a number once the step or item cannot be found', () => {
		expect(actionBecameWords('step:o2', seating, sarah)).toBe('Became a step of outcome 2');
		expect(actionBecameWords('step:gone', seating, sarah)).toBe('Became a step of an outcome');
		expect(actionBecameWords('provision-review:gone', seating, sarah)).toBe('Set as a provision’s review date');
		expect(actionBecameWords('something-else', seating, sarah)).toBeNull();
	});
});

describe('the chair’s choice, as sent', () => {
	it('refuses a missing or unknown place with a plain message', () => {
		const problem = (input: unknown) => {
			const parsed = v.safeParse(actionChoiceSchema, input);
			return parsed.success ? null : parsed.issues[0].message;
		};
		expect(problem({ put: 'a1', as: '' })).toBe('Choose where in the plan to put it');
		expect(problem({ put: 'a1', as: 'outcome:o1' })).toBe('Choose one of the places offered in the plan');
		expect(problem({ put: '', as: 'plan-review' })).toBe('Choose an action');
		expect(v.parse(actionChoiceSchema, { put: ' a1 ', as: 'step:o1' })).toEqual({
			put: 'a1',
			as: { kind: 'step', outcomeId: 'o1' }
		});
	});
});
