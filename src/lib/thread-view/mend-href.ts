/** Where to go to mend what a finding is about: the page of the item's form. */
import type { Finding } from '../thread/finding';

/** The plan-wide rules, by the task page that mends them. */
const planRulePages: Readonly<Partial<Record<Finding['rule'], string>>> = {
	'no-aspirations': 'aspirations',
	'no-child-voice': 'aspirations',
	'review-date-missing': 'details',
	'review-too-far': 'details',
	'review-overdue': 'details'
};

const kindPages: Readonly<Record<Finding['subject']['kind'], string>> = {
	plan: 'details',
	child: 'details',
	team: 'team',
	aspiration: 'aspirations',
	need: 'needs',
	outcome: 'outcomes',
	provision: 'provision'
};

/**
 * The address of the form that mends `finding` in plan `planId`: the item's own form
 * (`/plans/p1/outcomes?edit=o3`), or for a plan-wide finding the task page that mends it.
 */
export function mendHref(planId: string, finding: Finding): string {
	const base = `/plans/${encodeURIComponent(planId)}`;
	const { kind, id } = finding.subject;
	if (kind === 'plan' || id === undefined) return `${base}/${planRulePages[finding.rule] ?? kindPages[kind]}`;
	return `${base}/${kindPages[kind]}?edit=${encodeURIComponent(id)}`;
}
