import { describe, expect, it } from 'vitest';
import { describeLocation, pathSegments, subjectPath } from '$lib/server/interchange/problem-location';
import type { PlanDocument } from '$lib/plan/document';

describe('where a problem is, in plain English', () => {
	it.each([
		['', 'The file'],
		['outcomes[1].targetDate', 'Outcome 2, target date'],
		['outcomes[0].steps[2].text', 'Outcome 1, step 3, text'],
		['child.dateOfBirth', 'The child’s details, date of birth'],
		['team[0]["e-mail"]', 'Team member 1, the field "e-mail"'],
		['provision[3].outcomeIds[1]', 'Provision 4, linked outcome 2'],
		['profile.likeAndAdmire[0]', 'The one-page profile, what people like and admire, entry 1'],
		['needs', 'The needs'],
		['format', 'Format'],
		['plan.kind', 'The plan’s details, kind of plan'],
		['colour', 'The field "colour"']
	])('%j → %s', (path, expected) => {
		expect(describeLocation(path)).toBe(expected);
	});

	it('reads quoted segments back, escapes and all', () => {
		expect(pathSegments('team[0]["a \\"b\\""].x')).toEqual(['team', 0, 'a "b"', 'x']);
		expect(pathSegments('odd[')).toEqual(['odd', '[']);
	});

	it('finds the path of a finding’s subject', () => {
		const plan = {
			outcomes: [{ id: 'o1' }, { id: 'o2' }],
			provision: [],
			team: [],
			aspirations: [],
			needs: []
		} as unknown as PlanDocument;
		expect(subjectPath(plan, { kind: 'outcome', id: 'o2' })).toBe('outcomes[1]');
		expect(subjectPath(plan, { kind: 'provision', id: 'x' })).toBe('provision');
		expect(subjectPath(plan, { kind: 'plan' })).toBe('plan');
	});
});
