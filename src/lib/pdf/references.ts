/**
 * The order items print in, and the numbers they are known by ("Aspiration 2", "Outcome 1"), so
 * that an outcome can name the aspirations and needs it serves, and provision the outcomes, without
 * repeating their whole text. Pure: computed once per render from the plan.
 */
import {
	areasOfNeed,
	type Aspiration,
	type Need,
	type Outcome,
	type PlanDocument,
	type Provision
} from '../plan/document';

/** An item in print order, with the number it is shown with. */
export interface Numbered<T> {
	number: number;
	item: T;
}

/** Every list of the plan in print order, and each id's number. */
export interface References {
	/** The child's own aspirations first, then the others, each group in the plan's order. */
	aspirations: Numbered<Aspiration>[];
	/** Grouped by area of need, in the Code of Practice's order, each area in the plan's order. */
	needs: Numbered<Need>[];
	outcomes: Numbered<Outcome>[];
	provision: Numbered<Provision>[];
	aspirationNumber: ReadonlyMap<string, number>;
	needNumber: ReadonlyMap<string, number>;
	outcomeNumber: ReadonlyMap<string, number>;
}

function numbered<T>(items: readonly T[]): Numbered<T>[] {
	return items.map((item, index) => ({ number: index + 1, item }));
}

function numbersById<T extends { id: string }>(list: readonly Numbered<T>[]): Map<string, number> {
	const map = new Map<string, number>();
	for (const { number, item } of list) if (!map.has(item.id)) map.set(item.id, number);
	return map;
}

/** The print order and numbers of a plan's items. */
export function referencesOf(plan: PlanDocument): References {
	const aspirations = numbered([
		...plan.aspirations.filter((aspiration) => aspiration.voice === 'child'),
		...plan.aspirations.filter((aspiration) => aspiration.voice !== 'child')
	]);
	const needs = numbered(areasOfNeed.flatMap((area) => plan.needs.filter((need) => need.area === area)));
	const outcomes = numbered(plan.outcomes);
	const provision = numbered(plan.provision);
	return {
		aspirations,
		needs,
		outcomes,
		provision,
		aspirationNumber: numbersById(aspirations),
		needNumber: numbersById(needs),
		outcomeNumber: numbersById(outcomes)
	};
}

/**
 * The numbers of the linked items, in number order, leaving out ids that are not in the plan (the
 * thread checker reports those as broken links; the PDF does not invent an item for them).
 */
export function linkedNumbers(ids: readonly string[], numbers: ReadonlyMap<string, number>): number[] {
	const found = new Set<number>();
	for (const id of ids) {
		const number = numbers.get(id);
		if (number !== undefined) found.add(number);
	}
	return [...found].sort((a, b) => a - b);
}
