import { describe, expect, it } from 'vitest';
import { areasOfNeed, periods, planKinds, planStatuses, roles, voices } from '$lib/plan/document';
import {
	areaOfNeedLabels,
	periodLabels,
	planKindLabels,
	planStatusLabels,
	roleLabels,
	voiceLabels
} from '$lib/plan/labels';

describe('labels', () => {
	it.each([
		['roles', roles, roleLabels],
		['areas of need', areasOfNeed, areaOfNeedLabels],
		['voices', voices, voiceLabels],
		['plan kinds', planKinds, planKindLabels],
		['statuses', planStatuses, planStatusLabels],
		['periods', periods, periodLabels]
	] as const)('give every one of the %s a label, and nothing else', (_, values, labels) => {
		expect(Object.keys(labels).sort()).toEqual([...values].sort());
		for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
	});

	it('read as plain UK English', () => {
		expect(roleLabels['speech-and-language-therapist']).toBe('Speech and language therapist');
		expect(planKindLabels['sen-support']).toBe('SEN support');
		expect(planKindLabels['ehc-plan']).toBe('EHC plan (education, health and care plan)');
		expect(periodLabels.week).toBe('a week');
		expect(voiceLabels.child).toBe('Child or young person');
		expect(areaOfNeedLabels['social-emotional-and-mental-health']).toBe('Social, emotional and mental health');
	});
});

describe('enumerations', () => {
	it('hold the values of the interchange format, in its order', () => {
		expect(planKinds).toEqual(['sen-support', 'ehc-plan', 'early-help', 'tac']);
		expect(planStatuses).toEqual(['draft', 'agreed', 'archived']);
		expect(voices).toEqual(['child', 'parent-carer', 'professional']);
		expect(periods).toEqual(['day', 'week', 'month', 'term', 'year']);
		expect(roles).toHaveLength(17);
		expect(areasOfNeed).toHaveLength(6);
	});
});
