// Raw JSON, deliberately damaged: its shape is whatever the test makes it.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';

const today = '2026-11-22';
const sarahText = readFileSync(new URL('../../fixtures/sarah.plan.json', import.meta.url), 'utf8');

/** Sarah's plan as raw JSON, to change one thing in. */
function sarah(): Record<string, any> {
	return JSON.parse(sarahText);
}

function problemsOf(json: unknown) {
	const result = parsePlanDocument(json, { today });
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.problems;
}

describe('parsePlanDocument on good documents', () => {
	it.each(['sarah', 'amara', 'kacper', 'tariq'])('accepts the example plan %s.plan.json', (name) => {
		const json = JSON.parse(readFileSync(new URL(`../../fixtures/${name}.plan.json`, import.meta.url), 'utf8'));
		const result = parsePlanDocument(json, { today });
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('trims every text, id and date', () => {
		const json = sarah();
		json.child.firstName = '  Sarah \n';
		json.outcomes[0].id = ' o1 ';
		json.outcomes[0].targetDate = ' 2028-10-03 ';
		json.aspirations[0].text = '\tI want to have friends.  ';
		const result = parsePlanDocument(json, { today });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.plan.child.firstName).toBe('Sarah');
		expect(result.plan.outcomes[0]?.id).toBe('o1');
		expect(result.plan.outcomes[0]?.targetDate).toBe('2028-10-03');
		expect(result.plan.aspirations[0]?.text).toBe('I want to have friends.');
	});

	it('accepts a link to a missing id, which is for the thread checker to report', () => {
		const json = sarah();
		json.outcomes[0].aspirationIds = ['a1', 'a99'];
		json.provision[0].teamMemberId = 't99';
		expect(parsePlanDocument(json, { today }).ok).toBe(true);
	});

	it('accepts empty lists and a plan without profile or review date', () => {
		const json = sarah();
		delete json.profile;
		delete json.plan.reviewDate;
		json.team = [];
		json.aspirations = [];
		json.outcomes[0].steps = [];
		expect(parsePlanDocument(json, { today }).ok).toBe(true);
	});

	it('accepts a date of birth that is today', () => {
		const json = sarah();
		json.child.dateOfBirth = today;
		expect(parsePlanDocument(json, { today }).ok).toBe(true);
	});

	it('accepts exactly 2,000 characters of text and exactly 200 items in a list', () => {
		const json = sarah();
		json.outcomes[0].text = 'x'.repeat(2000);
		json.profile.important = Array.from({ length: 200 }, (_, index) => `Thing ${index}`);
		expect(parsePlanDocument(json, { today }).ok).toBe(true);
	});

	it('gives back a plan typed as PlanDocument', () => {
		const result = parsePlanDocument(sarah(), { today });
		const plan: PlanDocument | undefined = result.ok ? result.plan : undefined;
		expect(plan?.child.firstName).toBe('Sarah');
	});
});

describe('parsePlanDocument on documents with problems', () => {
	it.each([
		['a string', 'plan'],
		['null', null],
		['a number', 42],
		['an array', [sarah()]],
		['true', true]
	])('gives %s one problem with the path ""', (_, json) => {
		const problems = problemsOf(json);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.path).toBe('');
		expect(problems[0]?.message).toMatch(/not a plan/);
	});

	it.each([
		['format', 'other/plan', 'format', /Format must be "golden-thread\/plan"/],
		['version', 2, 'version', /Version must be 1/]
	])('refuses the wrong %s', (key, value, path, message) => {
		const json = sarah();
		json[key] = value;
		expect(problemsOf(json)).toEqual([{ path, message: expect.stringMatching(message) }]);
	});

	const cases: [string, (json: Record<string, any>) => void, string, RegExp][] = [
		['a missing first name', (j) => delete j.child.firstName, 'child.firstName', /^First name is missing\.$/],
		['a missing date of birth', (j) => delete j.child.dateOfBirth, 'child.dateOfBirth', /Date of birth is missing/],
		['a missing plan section', (j) => delete j.plan, 'plan', /plan.*is missing/],
		[
			'a missing list',
			(j) => delete j.outcomes[0].steps,
			'outcomes[0].steps',
			/list of steps is missing\. Write \[\] when there are none/
		],
		['a missing list of provision', (j) => delete j.provision, 'provision', /list of provision is missing/],
		['an empty required string', (j) => (j.child.lastName = ''), 'child.lastName', /^Last name must not be empty\.$/],
		['a required string of spaces only', (j) => (j.plan.title = '   '), 'plan.title', /^Title must not be empty\.$/],
		['an empty optional string', (j) => (j.child.pronouns = ' '), 'child.pronouns', /^Pronouns must not be empty\.$/],
		[
			'an empty entry in a profile list',
			(j) => (j.profile.support[1] = ''),
			'profile.support[1]',
			/^Entry 2 must not be empty\.$/
		],
		[
			'an empty id in a list of links',
			(j) => (j.needs[0].aspirationIds = ['']),
			'needs[0].aspirationIds[0]',
			/^Linked aspiration 1 must not be empty\.$/
		],
		['a number where text belongs', (j) => (j.child.firstName = 7), 'child.firstName', /^First name must be text/],
		[
			'null for an optional field',
			(j) => (j.child.pronouns = null),
			'child.pronouns',
			/^Pronouns is null\. Leave the field out when it has no value\.$/
		],
		[
			'null for a required field',
			(j) => (j.child.firstName = null),
			'child.firstName',
			/^First name is null\. It must have a value\.$/
		],
		['null for a list', (j) => (j.needs = null), 'needs', /list of needs is null/],
		[
			'null for a number',
			(j) => (j.provision[0].minutes = null),
			'provision[0].minutes',
			/Minutes is null\. Leave the field out/
		],
		['an object where a list belongs', (j) => (j.team = {}), 'team', /must be a list in square brackets/],
		[
			'a list where an object belongs',
			(j) => (j.child = []),
			'child',
			/must be a group of fields written in curly brackets/
		],
		[
			'text where a list item object belongs',
			(j) => (j.outcomes[1] = 'text'),
			'outcomes[1]',
			/^Outcome 2 must be a group of fields/
		],
		[
			'a date that is not real',
			(j) => (j.outcomes[1].targetDate = '2027-02-30'),
			'outcomes[1].targetDate',
			/^Target date must be a real date, like 2027-03-05\.$/
		],
		[
			'a date in another format',
			(j) => (j.plan.startDate = '07/09/2026'),
			'plan.startDate',
			/^Start date must be a real date, like 2027-03-05\.$/
		],
		[
			'a step date that is not real',
			(j) => (j.outcomes[0].steps[0].targetDate = '2027-13-01'),
			'outcomes[0].steps[0].targetDate',
			/Target date must be a real date/
		],
		[
			'a date of birth after today',
			(j) => (j.child.dateOfBirth = '2026-11-23'),
			'child.dateOfBirth',
			/^Date of birth must not be after today \(22 November 2026\)/
		],
		[
			'a kind that is not one of the kinds',
			(j) => (j.plan.kind = 'iep'),
			'plan.kind',
			/^Kind of plan must be one of: sen-support, ehc-plan, early-help, tac\.$/
		],
		[
			'a status that is not one of the statuses',
			(j) => (j.plan.status = 'Draft'),
			'plan.status',
			/^Status must be one of: draft, agreed, archived\.$/
		],
		[
			'an unknown role',
			(j) => (j.team[0].role = 'teacher'),
			'team[0].role',
			/^Role must be one of: child-young-person, parent-carer, class-teacher/
		],
		[
			'an unknown voice',
			(j) => (j.aspirations[0].voice = 'pupil'),
			'aspirations[0].voice',
			/^Voice must be one of: child, parent-carer, professional\.$/
		],
		[
			'an unknown area of need',
			(j) => (j.needs[0].area = 'behaviour'),
			'needs[0].area',
			/^Area of need must be one of: communication-and-interaction/
		],
		[
			'an unknown period',
			(j) => (j.provision[0].per = 'fortnight'),
			'provision[0].per',
			/^Per must be one of: day, week, month, term, year\.$/
		],
		[
			'zero sessions',
			(j) => (j.provision[0].sessions = 0),
			'provision[0].sessions',
			/^Sessions must be a whole number of 1 or more/
		],
		[
			'a fraction of a minute',
			(j) => (j.provision[0].minutes = 1.5),
			'provision[0].minutes',
			/^Minutes must be a whole number of 1 or more/
		],
		[
			'a negative group size',
			(j) => (j.provision[0].groupSize = -1),
			'provision[0].groupSize',
			/^Group size must be a whole number of 1 or more/
		],
		[
			'a number written as text',
			(j) => (j.provision[0].sessions = '2'),
			'provision[0].sessions',
			/^Sessions must be a whole number, like 2\.$/
		],
		[
			'text of 2,001 characters',
			(j) => (j.outcomes[0].successCriteria = 'x'.repeat(2001)),
			'outcomes[0].successCriteria',
			/^Success criteria is 2,001 characters long\. The most allowed is 2,000: shorten it\.$/
		],
		[
			'a list of 201 items',
			(j) => (j.profile.likeAndAdmire = Array(201).fill('Kind')),
			'profile.likeAndAdmire',
			/has 201 items\. The most allowed is 200/
		],
		[
			'a repeated id',
			(j) => (j.outcomes[1].id = 'o1'),
			'outcomes[1].id',
			/^The id "o1" is already used by item 1 of this list\. Give each item its own id\.$/
		],
		['a repeated id after trimming', (j) => (j.team[3].id = ' t1'), 'team[3].id', /"t1" is already used by item 1/],
		[
			'an unknown top-level field',
			(j) => (j.colour = 'blue'),
			'colour',
			/^There is no field called "colour" here\. Remove it, or check its spelling\.$/
		],
		[
			'an unknown field in a step',
			(j) => (j.outcomes[0].steps[0].done = true),
			'outcomes[0].steps[0].done',
			/no field called "done"/
		],
		[
			'a field in the wrong case',
			(j) => (j.outcomes[0].targetdate = '2027-01-01'),
			'outcomes[0].targetdate',
			/Did you mean "targetDate"\?/
		]
	];
	it.each(cases)('reports %s at %s', (_, change, path, message) => {
		const json = sarah();
		change(json);
		expect(problemsOf(json)).toEqual([{ path, message: expect.stringMatching(message) }]);
	});

	it('refuses text over the limit without cutting it', () => {
		const json = sarah();
		json.aspirations[0].text = 'a'.repeat(5000);
		expect(problemsOf(json)[0]?.message).toMatch(/5,000 characters long/);
	});

	it('refuses a list over the limit with one problem, not one for each of its items', () => {
		const json = sarah();
		json.outcomes = Array(250).fill(null);
		expect(problemsOf(json)).toEqual([
			{ path: 'outcomes', message: expect.stringMatching(/has 250 items\. The most allowed is 200/) }
		]);
	});

	it('reports every unknown field, at every depth, not just the first of each object', () => {
		const json = sarah();
		json.extra = 1;
		json.another = 2;
		json.child.nickname = 'S';
		json.provision[2].cost = 10;
		json.provision[2].notes = 'x';
		json.outcomes[1].steps[0].owner = 't1';
		expect(problemsOf(json).map((problem) => problem.path)).toEqual([
			'child.nickname',
			'outcomes[1].steps[0].owner',
			'provision[2].cost',
			'provision[2].notes',
			'extra',
			'another'
		]);
	});

	it('reports every repeated id, each where it repeats', () => {
		const json = sarah();
		json.aspirations[1].id = 'a1';
		json.aspirations[2].id = 'a1';
		expect(problemsOf(json).map((problem) => problem.path)).toEqual(['aspirations[1].id', 'aspirations[2].id']);
	});

	it('reports a repeated id even when another item in the list has a problem', () => {
		const json = sarah();
		json.needs[0].area = 'unknown';
		json.needs[1].id = 'n1';
		expect(problemsOf(json).map((problem) => problem.path)).toEqual(['needs[0].area', 'needs[1].id']);
	});

	it('lists problems in the order of the document', () => {
		const json = sarah();
		json.provision[0].minutes = 0;
		json.child.lastName = '';
		json.outcomes[0].targetDate = 'soon';
		json.plan.startDate = 'soon';
		json.child.dateOfBirth = '2030-01-01';
		expect(problemsOf(json).map((problem) => problem.path)).toEqual([
			'child.lastName',
			'child.dateOfBirth',
			'plan.startDate',
			'outcomes[0].targetDate',
			'provision[0].minutes'
		]);
	});

	it('names an odd unknown field in a readable path', () => {
		const json = sarah();
		json.child['first name'] = 'Sarah';
		expect(problemsOf(json)).toEqual([
			{ path: 'child["first name"]', message: expect.stringMatching(/no field called "first name"/) }
		]);
	});

	it('refuses a today that is not a date, which is a mistake in the calling code', () => {
		expect(() => parsePlanDocument(sarah(), { today: 'today' })).toThrow(RangeError);
	});
});
