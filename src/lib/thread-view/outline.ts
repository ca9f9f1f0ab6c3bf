/**
 * The thread as nested lists — the thread view's equivalent for screen readers and for print: each
 * aspiration, the outcomes that work towards it (naming the needs they address), and the provision
 * that supports each outcome; then the loose ends. Pure, and linear in the size of the plan.
 */
import { areaOfNeedLabels } from '../plan/labels';
import type { PlanDocument, TeamMember, Voice } from '../plan/schema';
import type { Finding } from '../thread/finding';
import { saidLabel } from '../plan/said-label';
import { describeProvision } from './describe';
import type { Layer } from './layers';
import { looseEnds } from './loose-ends';

export interface OutlineNeed {
	id: string;
	text: string;
	/** The area of need, in words. */
	area: string;
}

export interface OutlineProvision {
	id: string;
	text: string;
	/** Who, how often, how long, how many: "Learning mentor, 1 session a week of 180 minutes, one to one". */
	details: string;
}

export interface OutlineOutcome {
	id: string;
	text: string;
	targetDate?: string;
	needs: OutlineNeed[];
	provision: OutlineProvision[];
}

export interface OutlineAspiration {
	id: string;
	text: string;
	voice: Voice;
	/** "Sarah said". */
	saidBy: string;
	/** The needs that stand in the way of it. */
	needs: OutlineNeed[];
	outcomes: OutlineOutcome[];
}

export interface OutlineLooseEnd {
	layer: Layer;
	id: string;
	text: string;
	reasons: string[];
}

export interface ThreadOutline {
	aspirations: OutlineAspiration[];
	looseEnds: OutlineLooseEnd[];
}

/**
 * Builds the outline of `plan`'s thread. Aspirations in the child's own voice come first, then the
 * others, each group in the plan's order; outcomes and provision in the plan's order. An outcome that
 * serves two aspirations is listed under both. Loose ends (from `findings`) are listed in thread order.
 */
export function threadOutline(plan: PlanDocument, findings: readonly Finding[]): ThreadOutline {
	const team = new Map<string, TeamMember>();
	for (const member of plan.team) if (!team.has(member.id)) team.set(member.id, member);
	const needs = new Map<string, OutlineNeed>();
	for (const need of plan.needs)
		if (!needs.has(need.id)) needs.set(need.id, { id: need.id, text: need.text, area: areaOfNeedLabels[need.area] });

	const provisionFor = new Map<string, OutlineProvision[]>();
	for (const provision of plan.provision) {
		const entry = { id: provision.id, text: provision.text, details: describeProvision(provision, team) };
		for (const outcomeId of new Set(provision.outcomeIds)) append(provisionFor, outcomeId, entry);
	}
	const outcomesFor = new Map<string, OutlineOutcome[]>();
	for (const outcome of plan.outcomes) {
		const entry: OutlineOutcome = {
			id: outcome.id,
			text: outcome.text,
			...(outcome.targetDate ? { targetDate: outcome.targetDate } : {}),
			needs: unique(outcome.needIds).flatMap((id) => needs.get(id) ?? []),
			provision: provisionFor.get(outcome.id) ?? []
		};
		for (const aspirationId of new Set(outcome.aspirationIds)) append(outcomesFor, aspirationId, entry);
	}
	const needsFor = new Map<string, OutlineNeed[]>();
	for (const need of plan.needs) {
		const entry = needs.get(need.id);
		if (entry) for (const aspirationId of new Set(need.aspirationIds)) append(needsFor, aspirationId, entry);
	}

	const seen = new Set<string>();
	const aspirations: OutlineAspiration[] = [];
	for (const aspiration of plan.aspirations) {
		if (seen.has(aspiration.id)) continue;
		seen.add(aspiration.id);
		aspirations.push({
			id: aspiration.id,
			text: aspiration.text,
			voice: aspiration.voice,
			saidBy: saidLabel(aspiration, plan.child) ?? '',
			needs: needsFor.get(aspiration.id) ?? [],
			outcomes: outcomesFor.get(aspiration.id) ?? []
		});
	}
	// The child's voice first (a stable partition, so each group keeps the plan's order).
	const ordered = [
		...aspirations.filter((a) => a.voice === 'child'),
		...aspirations.filter((a) => a.voice !== 'child')
	];

	const loose = looseEnds(findings);
	const ends: OutlineLooseEnd[] = [];
	const lists: Array<[Layer, ReadonlyArray<{ id: string; text: string }>]> = [
		['aspiration', plan.aspirations],
		['need', plan.needs],
		['outcome', plan.outcomes],
		['provision', plan.provision]
	];
	const listed = new Set<string>();
	for (const [layer, items] of lists) {
		for (const item of items) {
			const end = loose.get(item.id);
			if (!end || end.layer !== layer || listed.has(item.id)) continue;
			listed.add(item.id);
			ends.push({ layer, id: item.id, text: item.text, reasons: end.reasons });
		}
	}
	return { aspirations: ordered, looseEnds: ends };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}
