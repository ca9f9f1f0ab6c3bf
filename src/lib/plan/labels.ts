/**
 * Plain-English (UK) labels for the format's vocabularies, for the UI and the PDF. Sentence case, so
 * they can stand alone ("Speech and language therapist") or follow a number ("3 sessions a week").
 */
import type { AreaOfNeed, Period, PlanKind, PlanStatus, Role, Voice } from './schema';

/** What each role is called. */
export const roleLabels: Readonly<Record<Role, string>> = {
	'child-young-person': 'Child or young person',
	'parent-carer': 'Parent or carer',
	'class-teacher': 'Class teacher',
	senco: 'SENCo (special educational needs co-ordinator)',
	'teaching-assistant': 'Teaching assistant',
	'educational-psychologist': 'Educational psychologist',
	'speech-and-language-therapist': 'Speech and language therapist',
	'occupational-therapist': 'Occupational therapist',
	physiotherapist: 'Physiotherapist',
	'school-nurse': 'School nurse',
	'social-worker': 'Social worker',
	'family-support-worker': 'Family support worker',
	'health-visitor': 'Health visitor',
	paediatrician: 'Paediatrician',
	'mental-health-practitioner': 'Mental health practitioner',
	'sensory-support-teacher': 'Sensory support teacher',
	other: 'Other'
};

/** What each area of need is called (the SEND Code of Practice's four areas, then health and social care). */
export const areaOfNeedLabels: Readonly<Record<AreaOfNeed, string>> = {
	'communication-and-interaction': 'Communication and interaction',
	'cognition-and-learning': 'Cognition and learning',
	'social-emotional-and-mental-health': 'Social, emotional and mental health',
	'sensory-and-physical': 'Sensory and/or physical',
	health: 'Health',
	'social-care': 'Social care'
};

/** Whose voice an aspiration is in. */
export const voiceLabels: Readonly<Record<Voice, string>> = {
	child: 'Child or young person',
	'parent-carer': 'Parent or carer',
	professional: 'Professional'
};

/** What each kind of plan is called, with its gloss. */
export const planKindLabels: Readonly<Record<PlanKind, string>> = {
	'sen-support': 'SEN support',
	'ehc-plan': 'EHC plan (education, health and care plan)',
	'early-help': 'Early help',
	tac: 'TAC (team around the child)'
};

/** What each status is called. */
export const planStatusLabels: Readonly<Record<PlanStatus, string>> = {
	draft: 'Draft',
	agreed: 'Agreed',
	archived: 'Archived'
};

/** How each period reads after a number of sessions: "2 sessions a week". */
export const periodLabels: Readonly<Record<Period, string>> = {
	day: 'a day',
	week: 'a week',
	month: 'a month',
	term: 'a term',
	year: 'a year'
};
