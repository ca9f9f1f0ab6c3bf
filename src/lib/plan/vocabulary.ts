/**
 * The fixed vocabularies and limits of the plan interchange format, version 1
 * (`design/plan-format.md`). Each list is in the order the format names it, which is also the order
 * the UI offers the choices in.
 */

/** The `format` every plan document declares. */
export const PLAN_FORMAT = 'golden-thread/plan';

/** The only `version` of the format so far. */
export const PLAN_FORMAT_VERSION = 1;

/** The most characters any text may have, after trimming. Longer text is refused, never cut. */
export const TEXT_MAX_LENGTH = 2000;

/** The most items any list may have. Longer lists are refused, never cut. */
export const LIST_MAX_ITEMS = 200;

/** Roles a team member can have. */
export const roles = [
	'child-young-person',
	'parent-carer',
	'class-teacher',
	'senco',
	'teaching-assistant',
	'educational-psychologist',
	'speech-and-language-therapist',
	'occupational-therapist',
	'physiotherapist',
	'school-nurse',
	'social-worker',
	'family-support-worker',
	'health-visitor',
	'paediatrician',
	'mental-health-practitioner',
	'sensory-support-teacher',
	'other'
] as const;

/** The areas of need of the SEND Code of Practice, plus health and social care. */
export const areasOfNeed = [
	'communication-and-interaction',
	'cognition-and-learning',
	'social-emotional-and-mental-health',
	'sensory-and-physical',
	'health',
	'social-care'
] as const;

/** Whose words an aspiration records. */
export const voices = ['child', 'parent-carer', 'professional'] as const;

/** The kinds of plan. */
export const planKinds = ['sen-support', 'ehc-plan', 'early-help', 'tac'] as const;

/** Where a plan is in its life. */
export const planStatuses = ['draft', 'agreed', 'archived'] as const;

/** The periods provision is counted over: `sessions` per one of these. */
export const periods = ['day', 'week', 'month', 'term', 'year'] as const;

/** The fields of a plan document whose value is a word from one of these vocabularies, and which one. */
export const fieldVocabularies: Readonly<Record<string, readonly string[]>> = {
	kind: planKinds,
	status: planStatuses,
	role: roles,
	voice: voices,
	area: areasOfNeed,
	per: periods
};
