import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { serialisePlanDocument, stringifyPlanDocument } from '$lib/plan/serialise';

const today = '2026-11-22';

function parse(json: unknown): PlanDocument {
	const result = parsePlanDocument(json, { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

function example(name: string): PlanDocument {
	return parse(JSON.parse(readFileSync(new URL(`../../fixtures/${name}.plan.json`, import.meta.url), 'utf8')));
}

/** A small plan with long ids, given out of order, and one link of each kind. */
function plan(): PlanDocument {
	const sarah = example('sarah');
	return {
		...sarah,
		team: [
			{ id: 'member-b', name: 'B', role: 'senco' },
			{ id: 'member-a', name: 'A', role: 'other' }
		],
		aspirations: [
			{ id: 'hope-2', text: 'Two', voice: 'child' },
			{ id: 'hope-1', text: 'One', voice: 'parent-carer' }
		],
		needs: [{ id: 'need-x', text: 'Need', area: 'health', aspirationIds: ['hope-1', 'hope-2'] }],
		outcomes: [
			{ id: 'goal-z', text: 'Z', aspirationIds: ['hope-1'], needIds: ['need-x'], steps: [] },
			{ id: 'goal-y', text: 'Y', aspirationIds: ['hope-2'], needIds: [], steps: [{ text: 'Step' }] }
		],
		provision: [{ id: 'help', text: 'Help', outcomeIds: ['goal-y', 'goal-z'], teamMemberId: 'member-a' }]
	};
}

describe('serialisePlanDocument', () => {
	it('gives each item a short id by position and moves every link to the new ids', () => {
		const out = serialisePlanDocument(plan());
		expect(out.team.map((member) => member.id)).toEqual(['t1', 't2']);
		expect(out.aspirations.map((aspiration) => aspiration.id)).toEqual(['a1', 'a2']);
		expect(out.needs[0]).toMatchObject({ id: 'n1', aspirationIds: ['a2', 'a1'] });
		expect(out.outcomes[0]).toMatchObject({ id: 'o1', aspirationIds: ['a2'], needIds: ['n1'] });
		expect(out.outcomes[1]).toMatchObject({ id: 'o2', aspirationIds: ['a1'] });
		expect(out.provision[0]).toMatchObject({ id: 'p1', outcomeIds: ['o2', 'o1'], teamMemberId: 't2' });
	});

	it('leaves a link to a missing id as it is, and never gives an item that id', () => {
		const input = plan();
		input.outcomes[0]!.aspirationIds = ['hope-1', 'a2'];
		input.provision[0]!.teamMemberId = 'nobody';
		const out = serialisePlanDocument(input);
		expect(out.aspirations.map((aspiration) => aspiration.id)).toEqual(['a1', 'a3']);
		expect(out.outcomes[0]?.aspirationIds).toEqual(['a3', 'a2']);
		expect(out.provision[0]?.teamMemberId).toBe('nobody');
	});

	it('writes keys in the order of the format and leaves out fields with no value', () => {
		const sarah = example('sarah');
		const out = serialisePlanDocument({ ...sarah, child: { ...sarah.child, pronouns: undefined } });
		expect(Object.keys(out)).toEqual([
			'format',
			'version',
			'child',
			'profile',
			'plan',
			'team',
			'aspirations',
			'needs',
			'outcomes',
			'provision'
		]);
		expect(Object.keys(out.child)).toEqual([
			'firstName',
			'lastName',
			'knownAs',
			'setting',
			'communication',
			'dateOfBirth'
		]);
		expect(Object.keys(out.needs[0]!)).toEqual(['id', 'text', 'area', 'aspirationIds']);
		const described = serialisePlanDocument({
			...sarah,
			team: [
				{
					id: 't',
					name: 'Tom Reilly',
					role: 'other',
					organisation: 'Travel Training',
					roleDescription: 'Travel trainer'
				}
			]
		});
		expect(Object.keys(described.team[0]!)).toEqual(['id', 'name', 'role', 'roleDescription', 'organisation']);
		expect(Object.keys(out.outcomes[0]!)).toEqual([
			'id',
			'text',
			'aspirationIds',
			'needIds',
			'targetDate',
			'successCriteria',
			'steps'
		]);
		expect(Object.keys(out.provision[0]!)).toEqual([
			'id',
			'text',
			'outcomeIds',
			'deliveredBy',
			'teamMemberId',
			'sessions',
			'per',
			'minutes',
			'groupSize',
			'startDate',
			'reviewDate'
		]);
	});

	it('does not change the plan it is given', () => {
		const input = plan();
		const before = JSON.stringify(input);
		serialisePlanDocument(input);
		expect(JSON.stringify(input)).toBe(before);
	});

	it.each(['sarah', 'amara', 'kacper', 'tariq'])(
		'writes the example %s with the same content, the ids already being short',
		(name) => {
			const original = example(name);
			const out = serialisePlanDocument(original);
			expect(out).toEqual(original);
		}
	);
});

describe('stringifyPlanDocument', () => {
	it('is the identity after one round of serialise, parse and serialise', () => {
		const once = stringifyPlanDocument(plan());
		const twice = stringifyPlanDocument(parse(JSON.parse(once)));
		expect(twice).toBe(once);
	});

	it('writes indented JSON ending in a newline', () => {
		const text = stringifyPlanDocument(example('sarah'));
		expect(text.startsWith('{\n  "format": "golden-thread/plan",\n  "version": 1,')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});
});
