/** Loose ends: items the thread does not carry on from, or does not come into. */
import type { Finding, RuleId } from '../thread/finding';
import type { Layer } from './layers';

/** The rules whose findings are loose ends, with the layer of their item and a short reason. */
export const looseEndRules: Readonly<Partial<Record<RuleId, { layer: Layer; reason: string }>>> = {
	'aspiration-without-outcome': { layer: 'aspiration', reason: 'No outcome works towards this aspiration yet.' },
	'need-without-outcome': { layer: 'need', reason: 'No outcome addresses this need yet.' },
	'outcome-without-aspiration': { layer: 'outcome', reason: 'This outcome works towards no aspiration.' },
	'outcome-without-provision': { layer: 'outcome', reason: 'No provision supports this outcome yet.' },
	'provision-without-outcome': { layer: 'provision', reason: 'This provision serves no outcome.' }
};

/** One loose end: which item, and why (an item can be loose at both ends: two reasons). */
export interface LooseEnd {
	layer: Layer;
	id: string;
	reasons: string[];
}

/**
 * The loose ends among the findings, keyed by item id, in the order the findings give them (which is
 * the thread's order). One pass over the findings.
 */
export function looseEnds(findings: readonly Finding[]): Map<string, LooseEnd> {
	const ends = new Map<string, LooseEnd>();
	for (const finding of findings) {
		const rule = looseEndRules[finding.rule];
		const id = finding.subject.id;
		if (!rule || id === undefined || finding.subject.kind !== rule.layer) continue;
		const end = ends.get(id);
		if (end) end.reasons.push(rule.reason);
		else ends.set(id, { layer: rule.layer, id, reasons: [rule.reason] });
	}
	return ends;
}
