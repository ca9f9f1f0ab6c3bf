/**
 * The thread checker: does every part of the plan connect, from the child's aspirations through
 * needs and outcomes to the provision that serves them, and is it specific enough to act on?
 */
import { isIsoDate } from '../../dates/iso-date';
import type { PlanDocument } from '../../plan/schema';
import { createContext, type ThreadContext } from '../context';
import { subjectKinds, type Finding, type Subject } from '../finding';
import { rules } from '../rules/index';

export type { Finding, RuleId, Severity, Subject, SubjectKind } from '../finding';
export { ruleIds, subjectKinds } from '../finding';
export { rules } from '../rules/index';

const kindRank = new Map(subjectKinds.map((kind, index) => [kind, index]));

function position(context: ThreadContext, subject: Subject): number {
	if (subject.id === undefined) return -1;
	const lists = {
		plan: undefined,
		child: undefined,
		team: context.team,
		aspiration: context.aspirations,
		need: context.needs,
		outcome: context.outcomes,
		provision: context.provision
	} as const;
	return lists[subject.kind]?.get(subject.id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Checks the golden thread of a plan and returns every finding, pure and deterministic.
 *
 * Findings are ordered errors before warnings; then by the thread: the plan as a whole, the child,
 * the team, aspirations, needs, outcomes, provision; then by the item's position in its list; then,
 * for one item, in the order of the rule table (and, within a rule, as the item is written).
 *
 * @param plan A plan, as `parsePlanDocument` returns it.
 * @param options.today Today, as an ISO date (`2026-11-22`): the core never reads the clock.
 * @param options.easyRead The plan's Easy Read words by item id, where they are loaded: only then is the
 * Easy Read rule run.
 * @example
 * const findings = checkThread(plan, { today: '2026-11-22' });
 * const canAgree = findings.every((finding) => finding.severity !== 'error');
 */
export function checkThread(
	plan: PlanDocument,
	options: { today: string; easyRead?: ReadonlyMap<string, string> }
): Finding[] {
	const { today } = options;
	if (!isIsoDate(today)) throw new RangeError('checkThread needs today as an ISO date');
	const context = createContext(plan, today, options.easyRead);
	const found: { finding: Finding; severity: number; kind: number; position: number; order: number }[] = [];
	for (const rule of rules) {
		rule.run(context, (subject, message) => {
			const copy: Subject = subject.id === undefined ? { kind: subject.kind } : { kind: subject.kind, id: subject.id };
			found.push({
				finding: { rule: rule.id, severity: rule.severity, subject: copy, message },
				severity: rule.severity === 'error' ? 0 : 1,
				kind: kindRank.get(subject.kind) ?? subjectKinds.length,
				position: position(context, subject),
				order: found.length
			});
		});
	}
	found.sort((a, b) => a.severity - b.severity || a.kind - b.kind || a.position - b.position || a.order - b.order);
	return found.map((entry) => entry.finding);
}
