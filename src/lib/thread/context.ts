import { isIsoDate, type IsoDate } from '../dates/iso-date';
import type { PlanDocument } from '../plan/schema';
import { readWording, type WordingFinding } from './wording/read-wording';

/** The position of each item in its list, by id (the first, should an id be repeated). */
export type Positions = ReadonlyMap<string, number>;

/**
 * What every rule needs, worked out once per check so that each rule is one pass over the plan:
 * where each id is, and which items something links to. Only links to items that exist count: a
 * link to a missing id is a `broken-link`, and links nothing.
 */
export interface ThreadContext {
	readonly plan: PlanDocument;
	/** Today, as an ISO date. */
	readonly today: IsoDate;
	/** What to call the child in messages: their "known as" name, else their first name. */
	readonly childName: string;
	readonly team: Positions;
	readonly aspirations: Positions;
	readonly needs: Positions;
	readonly outcomes: Positions;
	readonly provision: Positions;
	/** Aspirations that some outcome links to. */
	readonly aspirationsWithOutcome: ReadonlySet<string>;
	/** Needs that some outcome links to. */
	readonly needsWithOutcome: ReadonlySet<string>;
	/** Outcomes that some provision links to. */
	readonly outcomesWithProvision: ReadonlySet<string>;
	/** Whether the plan's start date is a real date (always, for a parsed plan). */
	readonly hasValidStart: boolean;
	/** The vague wording of each outcome, by its place in the list; read once for all the wording rules. */
	readonly outcomeWording: readonly (readonly WordingFinding[])[];
	/** The vague wording of each provision, by its place in the list. */
	readonly provisionWording: readonly (readonly WordingFinding[])[];
	/**
	 * The plan's Easy Read words by item id, where the caller has read them (the plan's check page): the
	 * Easy Read rule runs only then, and is silent wherever they are not loaded.
	 */
	readonly easyRead?: ReadonlyMap<string, string>;
}

function positions(items: readonly { id: string }[]): Map<string, number> {
	const map = new Map<string, number>();
	items.forEach((item, index) => {
		if (!map.has(item.id)) map.set(item.id, index);
	});
	return map;
}

/** The ids among `links` (lists of ids, one per item) that name an item in `targets`. */
function linked(links: Iterable<readonly string[]>, targets: Positions): Set<string> {
	const set = new Set<string>();
	for (const ids of links) for (const id of ids) if (targets.has(id)) set.add(id);
	return set;
}

/** Builds the lookups for one check, in time proportional to the size of the plan. */
export function createContext(
	plan: PlanDocument,
	today: IsoDate,
	easyRead?: ReadonlyMap<string, string>
): ThreadContext {
	const aspirations = positions(plan.aspirations);
	const needs = positions(plan.needs);
	const outcomes = positions(plan.outcomes);
	const team = positions(plan.team);
	return {
		plan,
		today,
		childName: plan.child.knownAs ?? plan.child.firstName,
		team,
		aspirations,
		needs,
		outcomes,
		provision: positions(plan.provision),
		aspirationsWithOutcome: linked(
			plan.outcomes.map((outcome) => outcome.aspirationIds),
			aspirations
		),
		needsWithOutcome: linked(
			plan.outcomes.map((outcome) => outcome.needIds),
			needs
		),
		outcomesWithProvision: linked(
			plan.provision.map((provision) => provision.outcomeIds),
			outcomes
		),
		hasValidStart: isIsoDate(plan.plan.startDate),
		outcomeWording: plan.outcomes.map((outcome) =>
			readWording({
				holder: 'outcome',
				texts: [{ text: outcome.text }, ...outcome.steps.map((step, index) => ({ text: step.text, step: index + 1 }))],
				...(outcome.successCriteria === undefined ? {} : { successCriteria: outcome.successCriteria })
			})
		),
		provisionWording: plan.provision.map((provision) =>
			readWording({
				holder: 'provision',
				text: provision.text,
				quantified: provision.sessions !== undefined && provision.per !== undefined && provision.minutes !== undefined,
				...(provision.deliveredBy === undefined ? {} : { deliveredBy: provision.deliveredBy }),
				teamMember: provision.teamMemberId !== undefined && team.has(provision.teamMemberId)
			})
		),
		...(easyRead && { easyRead })
	};
}

/** Whether at least one of `ids` is an item in `targets`. */
export function linksAny(ids: readonly string[], targets: Positions): boolean {
	for (const id of ids) if (targets.has(id)) return true;
	return false;
}
