/** Where to go to mend what a finding is about: the page of the item's form. */
import type { Finding } from '../thread/finding';

/** The plan-wide rules, by the task page that mends them. */
const planRulePages: Readonly<Partial<Record<Finding['rule'], string>>> = {
	'no-aspirations': 'aspirations',
	'no-child-voice': 'aspirations',
	'review-date-missing': 'details',
	'review-too-far': 'details',
	'review-overdue': 'details',
	'easy-read-words': 'easy-read/write'
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
 * For the rules an item's form mends at one field, or by adding an item in the next layer with this
 * one ticked: the page and query (`{id}` stands for the item's id) and the field to go to.
 */
const itemRuleTargets: Readonly<Partial<Record<Finding['rule'], string>>> = {
	'aspiration-without-outcome': 'outcomes?aspiration={id}#text',
	'need-without-outcome': 'outcomes?need={id}#text',
	'outcome-without-provision': 'provision?outcome={id}#text',
	'outcome-without-aspiration': 'outcomes?edit={id}#aspirationIds',
	'outcome-without-need': 'outcomes?edit={id}#needIds',
	'outcome-not-time-bound': 'outcomes?edit={id}#targetDate-day',
	'outcome-date-out-of-range': 'outcomes?edit={id}#targetDate-day',
	'step-date-out-of-range': 'outcomes?edit={id}#steps',
	'provision-date-out-of-range': 'provision?edit={id}#startDate-day',
	'outcome-not-measurable': 'outcomes?edit={id}#successCriteria',
	'provision-without-outcome': 'provision?edit={id}#outcomeIds',
	'provision-not-quantified': 'provision?edit={id}#sessions',
	'provision-without-provider': 'provision?edit={id}#deliveredBy',
	'easy-read-words': 'easy-read/write#words-{id}'
};

/**
 * The address of the form that mends `finding` in plan `planId`: the item's own form at the field to
 * change (`/plans/p1/outcomes?edit=o3#targetDate-day`), the next layer's form with the item ticked, or for a
 * plan-wide finding the task page that mends it.
 */
export function mendHref(planId: string, finding: Finding): string {
	const base = `/plans/${encodeURIComponent(planId)}`;
	const { kind, id } = finding.subject;
	if (kind === 'plan' || id === undefined) {
		const page = planRulePages[finding.rule] ?? kindPages[kind];
		return page === 'aspirations' ? `${base}/aspirations#text` : `${base}/${page}`;
	}
	const target = itemRuleTargets[finding.rule];
	if (target) return `${base}/${target.replace('{id}', encodeURIComponent(id))}`;
	const field = kind === 'team' ? 'name' : 'text';
	return `${base}/${kindPages[kind]}?edit=${encodeURIComponent(id)}${kind === 'child' ? '' : `#${field}`}`;
}
