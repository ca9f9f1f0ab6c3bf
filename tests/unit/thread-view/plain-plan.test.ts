import { describe, expect, it } from 'vitest';
import {
	howMuch,
	outcomeItem,
	plainPlan,
	provisionItem,
	whoGives,
	type PlainSection
} from '$lib/thread-view/plain-plan';
import type { PlanDocument, Provision } from '$lib/plan/schema';
import { fixturePlan } from '../pdf/fixtures';

const provision = (more: Partial<Provision>): Provision => ({ id: 'p', text: 'A mentor', outcomeIds: [], ...more });

/** Every line of the plan as read: headings, paragraphs, list leads, items and their details. */
function lines(sections: readonly PlainSection[]): string[] {
	return sections.flatMap((section) => [
		section.heading,
		...section.blocks.flatMap((block) =>
			block.kind === 'paragraph'
				? [block.text]
				: [block.lead, ...block.items.flatMap((item) => [item.text, ...item.details])]
		)
	]);
}

describe('howMuch', () => {
	it.each([
		[{ sessions: 1, per: 'week', minutes: 180 }, 'once a week for 3 hours'],
		[{ sessions: 2, per: 'week', minutes: 30, groupSize: 6 }, 'twice a week for 30 minutes, in a group of 6'],
		[{ sessions: 3, per: 'day', minutes: 90, groupSize: 1 }, '3 times a day for 1 hour 30 minutes, one to one'],
		[{ sessions: 1, per: 'term' }, 'once a term'],
		[{ sessions: 4 }, '4 times'],
		[{ per: 'month', minutes: 60 }, 'every month for 1 hour'],
		[{ minutes: 45 }, '45 minutes each time'],
		[{ groupSize: 1 }, 'one to one'],
		[{}, undefined]
	] as const)('%j reads "%s"', (quantity, expected) => {
		expect(howMuch(provision(quantity))).toBe(expected);
	});
});

describe('whoGives', () => {
	const team: PlanDocument['team'] = [{ id: 't1', name: 'Mr Patel', role: 'teaching-assistant' }];
	it.each([
		[{ deliveredBy: 'Learning mentor', teamMemberId: 't1' }, 'Mr Patel (Learning mentor)'],
		[{ teamMemberId: 't1' }, 'Mr Patel (Teaching assistant)'],
		[{ deliveredBy: 'Learning mentor' }, 'Learning mentor'],
		[{ teamMemberId: 'gone' }, undefined],
		[{}, undefined]
	])('%j is given by %s', (who, expected) => {
		expect(whoGives(provision(who), team)).toBe(expected);
	});

	it('leaves out of the item what the plan does not say', () => {
		expect(provisionItem(provision({}), team)).toEqual({ text: 'A mentor', details: [] });
		expect(provisionItem(provision({ sessions: 1, per: 'week', teamMemberId: 't1' }), team).details).toEqual([
			'Once a week.',
			'Given by Mr Patel (Teaching assistant).'
		]);
	});
});

describe('outcomeItem', () => {
	it('says by when, how we will know, and each step with its date', () => {
		expect(
			outcomeItem({
				id: 'o',
				text: 'Sarah will travel by bus on her own.',
				aspirationIds: [],
				needIds: [],
				targetDate: '2027-03-14',
				successCriteria: 'Five journeys without help.',
				steps: [{ text: 'The school route with a buddy', targetDate: '2026-12-01' }, { text: 'The town route' }]
			})
		).toEqual({
			text: 'Sarah will travel by bus on her own.',
			details: [
				'By 14 March 2027.',
				'How we will know: Five journeys without help.',
				'A step on the way, by 1 December 2026: The school route with a buddy',
				'A step on the way: The town route'
			]
		});
	});
});

describe('plainPlan', () => {
	const sarah = fixturePlan('sarah');

	it('names who said each of the child’s hopes and About me entries, where the plan knows', () => {
		const named: PlanDocument = {
			...sarah,
			aspirations: sarah.aspirations.map((aspiration, i) =>
				i === 0 ? { ...aspiration, saidBy: { name: 'Sarah', child: true, with: 'her key worker' } } : aspiration
			),
			profile: { ...sarah.profile, important: [{ text: 'Seeing my nan', saidBy: { name: 'Grace Okafor' } }] }
		};
		const read = lines(plainPlan(named));
		expect(read).toContain('Sarah said (with her key worker): “I want to have friends.”');
		expect(read).toContain('Seeing my nan (Grace said)');
	});

	it('reads Sarah’s plan top to bottom, her own words first', () => {
		const read = lines(plainPlan(sarah));
		expect(read.slice(0, 5)).toEqual([
			'About Sarah',
			'Sarah said: “I want to have friends.”',
			'Sarah said: “I want to go into town with my friends on my own.”',
			'What people like and admire about her:',
			'Sarah is kind and notices when younger children are upset.'
		]);
		expect(read).toContain('What is important to her:');
		expect(read).toContain('How best to support her:');
		expect(read).toContain(`How she communicates: ${sarah.child.communication}`);
	});

	it('writes each hope’s thread as sentences', () => {
		const [, first] = plainPlan(sarah);
		expect(lines([first!])).toEqual([
			'Hope 1',
			'Sarah said: “I want to have friends.”',
			'What makes it hard:',
			sarah.needs[0]!.text,
			'What we are working towards:',
			sarah.outcomes[0]!.text,
			'By 3 October 2028.',
			`How we will know: ${sarah.outcomes[0]!.successCriteria}`,
			'A step on the way, by 5 March 2027: Sarah joins in a structured group activity at lunchtime with an adult nearby, twice a week.',
			'The help Sarah gets:',
			sarah.provision[1]!.text,
			'Once a week for 3 hours, one to one.',
			'Given by Learning mentor.',
			sarah.provision[2]!.text,
			'Twice a week for 30 minutes, in a group of 6.',
			'Given by Ms Leah Hart (Teaching assistant).'
		]);
	});

	it('quotes a parent’s hope as theirs, and ends with the review date and who to contact', () => {
		const read = lines(plainPlan(sarah));
		expect(read).toContain(
			'A parent or carer said: “We want Sarah to feel confident and safe when she is out of the house.”'
		);
		expect(read).toContain('The plan will be looked at again on 5 March 2027.');
		expect(read).toContain('The people who help Sarah, and her family:');
		expect(read).toContain('Grace Okafor (Parent or carer)');
		expect(read).not.toContain('Sarah Okafor (Child or young person)');
		expect(read).not.toContain('Also in the plan');
	});

	it('uses the recorded pronouns, or the name when none are recorded', () => {
		const they = lines(plainPlan({ ...sarah, child: { ...sarah.child, pronouns: 'they/them' } }));
		expect(they).toContain('What is important to them:');
		expect(they).toContain(`How they communicate: ${sarah.child.communication}`);
		const { pronouns: _none, ...child } = sarah.child;
		const named = lines(plainPlan({ ...sarah, child: { ...child, knownAs: 'Saz' } }));
		expect(named).toContain('What is important to Saz:');
		expect(named).toContain('The people who help Saz, and Saz’s family:');
		expect(named).toContain('Saz said: “I want to have friends.”');
	});

	it('lists what is on no hope’s thread under "Also in the plan"', () => {
		const loose: PlanDocument = {
			...sarah,
			needs: [...sarah.needs, { id: 'n9', text: 'Sarah tires by the afternoon.', area: 'health', aspirationIds: [] }],
			provision: [...sarah.provision, provision({ id: 'p9', text: 'A quiet room at lunch', groupSize: 1 })]
		};
		const sections = plainPlan(loose);
		const also = sections.find((section) => section.heading === 'Also in the plan');
		expect(lines([also!])).toEqual([
			'Also in the plan',
			'These are not yet linked to a hope.',
			'What makes things hard:',
			'Sarah tires by the afternoon.',
			'The help Sarah gets:',
			'A quiet room at lunch',
			'One to one.'
		]);
	});

	it('says plainly when nothing has been written yet', () => {
		const empty: PlanDocument = {
			...sarah,
			profile: {},
			child: { firstName: 'Sam', lastName: 'Lee', dateOfBirth: '2015-01-01' },
			plan: { title: 'Sam’s plan', kind: 'sen-support', status: 'draft', startDate: '2026-09-07' },
			team: [],
			aspirations: [],
			needs: [],
			outcomes: [],
			provision: []
		};
		expect(lines(plainPlan(empty))).toEqual([
			'About Sam',
			'Nothing has been written about Sam yet.',
			'Hopes',
			'No hopes for Sam have been written down yet.',
			'When the plan is looked at again',
			'No date has been set yet to look at the plan again.',
			'Who to contact',
			'Nobody has been added to the team yet.'
		]);
	});
});
