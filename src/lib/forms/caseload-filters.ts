import * as v from 'valibot';
import { yearGroups } from '$lib/children/year-group';
import { planKinds } from '$lib/plan/vocabulary';

/** How pressing the next review is, as the caseload filters on it. */
export const reviewFilters = ['overdue', 'due-soon', 'not-set'] as const;

export const reviewFilterLabels = {
	overdue: 'Overdue',
	'due-soon': 'Due within 4 weeks',
	'not-set': 'No review date set'
} as const satisfies Record<(typeof reviewFilters)[number], string>;

/**
 * The caseload's filters, from the address's query (a GET form, so they work without JavaScript and are
 * kept in the address). Each is left out when empty; the caseload shows open plans only, so no "archived".
 */
export const caseloadFiltersSchema = v.object({
	status: v.exactOptional(v.picklist(['draft', 'agreed'])),
	kind: v.exactOptional(v.picklist(planKinds)),
	review: v.exactOptional(v.picklist(reviewFilters)),
	worker: v.exactOptional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(64))),
	year: v.exactOptional(v.picklist(yearGroups))
});
export type CaseloadFilters = v.InferOutput<typeof caseloadFiltersSchema>;
export const caseloadFilterNames = Object.keys(caseloadFiltersSchema.entries) as (keyof CaseloadFilters)[];

/**
 * The filters an address asks for. A value that is not one of the choices (an old or edited address) is
 * dropped on its own, so the other filters still apply and the page never fails over it.
 */
export function readCaseloadFilters(params: URLSearchParams): CaseloadFilters {
	const filters: Record<string, string> = {};
	for (const name of caseloadFilterNames) {
		const value = params.get(name)?.trim();
		if (value && v.is(caseloadFiltersSchema.entries[name], value)) filters[name] = value;
	}
	return filters as CaseloadFilters;
}
