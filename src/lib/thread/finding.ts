/** What the thread checker reports: findings, their rules, severities and subjects. */

/** Every rule's code, in the order of the design's rule table. Tests and the UI key on these. */
export const ruleIds = [
	'no-aspirations',
	'outcome-without-aspiration',
	'provision-without-outcome',
	'broken-link',
	'review-date-missing',
	'aspiration-without-outcome',
	'need-without-outcome',
	'outcome-without-need',
	'outcome-without-provision',
	'outcome-not-time-bound',
	'outcome-not-measurable',
	'outcome-date-out-of-range',
	'step-date-out-of-range',
	'provision-date-out-of-range',
	'provision-not-quantified',
	'provision-without-provider',
	'outcome-is-provision',
	'provision-is-outcome',
	'universal-offer',
	'deliverer-unnamed',
	'support-without-substance',
	'vague-wording',
	'review-too-far',
	'review-overdue',
	'no-child-voice',
	'easy-read-words'
] as const;

/** A rule's stable code, such as `outcome-without-aspiration`. */
export type RuleId = (typeof ruleIds)[number];

/** `error` stops a plan being agreed; `warning` is shown but does not block. */
export type Severity = 'error' | 'warning';

/**
 * What a finding can be about, in the order findings are listed: the plan as a whole, then the
 * child and the team (the "About me" and "Team" tasks come first in the plan), then the layers of
 * the thread: aspirations, needs, outcomes, provision.
 */
export const subjectKinds = ['plan', 'child', 'team', 'aspiration', 'need', 'outcome', 'provision'] as const;

/** What a finding can be about. */
export type SubjectKind = (typeof subjectKinds)[number];

/** The item a finding is about: `{ kind: 'plan' }` for the plan as a whole, else the item's kind and id. */
export interface Subject {
	kind: SubjectKind;
	id?: string;
}

/** One thing the thread checker found: which rule, how serious, about what, and how to mend it. */
export interface Finding {
	rule: RuleId;
	severity: Severity;
	subject: Subject;
	/** Plain English that names the item and says how to mend it. */
	message: string;
}
