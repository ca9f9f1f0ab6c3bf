import { describe, expect, it } from 'vitest';
import { easyReadPlan, type EasyReadPlan, type EasyReadWords } from '../../../src/lib/easy-read/easy-read-plan';
import { pictureByKey } from '../../../src/lib/easy-read/pictures';
import { EASY_READ_MOST_WORDS, sentenceCounts } from '../../../src/lib/easy-read/sentences';
import { fixturePlan, TODAY } from '../pdf/fixtures';

const examples = ['sarah', 'amara', 'kacper', 'tariq'] as const;

const lines = (plan: EasyReadPlan) =>
	plan.sections.flatMap((section) => section.entries.flatMap((entry) => entry.lines));

/** What each example leaves out with no Easy Read words written: every item whose own words break the rule. */
const leftOut: Record<(typeof examples)[number], string[]> = {
	sarah: ['need:n1', 'need:n2', 'outcome:o1', 'outcome:o2', 'provision:p2'],
	amara: [
		'aspiration:a2',
		'aspiration:a3',
		...['n1', 'n2', 'n3'].map((id) => `need:${id}`),
		...['o1', 'o2', 'o3'].map((id) => `outcome:${id}`),
		...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => `provision:${id}`)
	],
	kacper: [
		'aspiration:a2',
		'aspiration:a3',
		...['n1', 'n2', 'n3'].map((id) => `need:${id}`),
		...['o1', 'o2', 'o3', 'o4'].map((id) => `outcome:${id}`),
		...['p1', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => `provision:${id}`)
	],
	tariq: [
		...['a1', 'a2', 'a3', 'a4'].map((id) => `aspiration:${id}`),
		...['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => `need:${id}`),
		...['o1', 'o2', 'o3', 'o4', 'o5', 'o6'].map((id) => `outcome:${id}`),
		...['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map((id) => `provision:${id}`)
	]
};

const sections: Record<(typeof examples)[number], string[]> = {
	sarah: ['What I want', 'Who helps me and when', 'When we will look at my plan again'],
	amara: ['What I want', 'When we will look at my plan again'],
	kacper: ['What I want', 'Who helps me and when', 'When we will look at my plan again'],
	tariq: ['When we will look at my plan again']
};

describe('the Easy Read plan of each example, with no Easy Read words written', () => {
	for (const name of examples) {
		it(`${name}: every line is one sentence of at most ${EASY_READ_MOST_WORDS} words, each with a catalogue picture`, () => {
			const plan = easyReadPlan(fixturePlan(name), new Map(), TODAY);
			expect(lines(plan).length).toBeGreaterThan(0);
			for (const line of lines(plan)) {
				const counts = sentenceCounts(line.text);
				expect(counts, line.text).toHaveLength(1);
				expect(counts[0]!.words, line.text).toBeLessThanOrEqual(EASY_READ_MOST_WORDS);
				expect(pictureByKey(line.picture.key)).toBe(line.picture);
			}
		});

		it(`${name}: has the sections with something in them, and lists what it leaves out`, () => {
			const plan = easyReadPlan(fixturePlan(name), new Map(), TODAY);
			expect(plan.sections.map((section) => section.heading)).toEqual(sections[name]);
			expect(plan.needsEasyRead.map((item) => `${item.layer}:${item.itemId}`)).toEqual(leftOut[name]);
			const shown = plan.sections.flatMap((section) => section.entries.map((entry) => entry.itemId));
			for (const item of plan.needsEasyRead) expect(shown).not.toContain(item.itemId);
		});
	}
});

describe("Sarah's Easy Read plan", () => {
	const sarah = fixturePlan('sarah');
	const words = new Map<string, EasyReadWords>([
		['n1', { text: 'I find talking hard.\nI need time to think before I answer.', picture: null }],
		['o1', { text: 'I will make friends and meet them in town.', picture: 'football' }],
		['o2', { text: 'I will go on the bus on my own.', picture: null }],
		['p2', { text: 'A mentor helps me find clubs I like.', picture: null }],
		// A picture chosen without words keeps the item's own words, which are short enough.
		['p3', { text: null, picture: 'small-group' }]
	]);
	const plan = easyReadPlan(sarah, words, TODAY);
	const entry = (id: string) => plan.sections.flatMap((s) => s.entries).find((e) => e.itemId === id);
	const texts = (id: string) => entry(id)?.lines.map((line) => line.text);

	it('is written to Sarah, in her sections, and leaves out only the need with no Easy Read words', () => {
		expect(plan.childName).toBe('Sarah');
		expect(plan.sections.map((section) => section.key)).toEqual(['want', 'hard', 'working-on', 'helps', 'review']);
		expect(plan.needsEasyRead).toEqual([{ itemId: 'n2', layer: 'need', text: sarah.needs[1]!.text }]);
	});

	it('puts one sentence on a line, and keeps her own words as she said them', () => {
		expect(texts('n1')).toEqual(['I find talking hard.', 'I need time to think before I answer.']);
		expect(texts('a1')).toEqual(['I want to have friends.']);
	});

	it("says whose words a hope is when they are not Sarah's", () => {
		expect(texts('a3')).toEqual([
			'My family says:',
			'We want Sarah to feel confident and safe when she is out of the house.'
		]);
		const named = easyReadPlan(
			{ ...sarah, aspirations: [{ ...sarah.aspirations[2]!, saidBy: { name: 'Grace Okafor' } }] },
			new Map(),
			TODAY
		);
		expect(named.sections[0]!.entries[0]!.lines[0]!.text).toBe('Grace says:');
	});

	it('says when an outcome is for, as a date in words', () => {
		expect(texts('o1')).toEqual([
			'I will make friends and meet them in town.',
			'I will do this by 3\u00a0October\u00a02028.'
		]);
		const later = easyReadPlan(sarah, words, '2028-10-04');
		expect(later.sections.find((s) => s.key === 'working-on')!.entries[0]!.lines[1]!.text).toBe(
			'I wanted to do this by 3\u00a0October\u00a02028.'
		);
	});

	it('says who helps, how often and how long, in plain numbers', () => {
		expect(texts('p1')).toEqual([
			'Travel training with buddy support on the routes between home, school and the town centre.',
			'Tom helps me.',
			'Once a week.',
			'For 90 minutes each time.'
		]);
		expect(texts('p2')).toEqual([
			'A mentor helps me find clubs I like.',
			'Who helps me: Learning mentor.',
			'Once a week.',
			'For 3 hours each time.'
		]);
		expect(texts('p3')).toEqual([
			'Social skills group at school, planned with the speech and language therapist.',
			'Ms Leah Hart helps me.',
			'2 times a week.',
			'For 30 minutes each time.'
		]);
	});

	it('uses the picture the writer chose, else one from the words, else the layer’s', () => {
		expect(entry('o1')!.lines[0]!.picture.key).toBe('football');
		expect(entry('o2')!.lines[0]!.picture.key).toBe('travel');
		expect(entry('p3')!.lines[0]!.picture.key).toBe('small-group');
		expect(entry('n1')!.lines[0]!.picture.key).toBe('speech');
	});

	it('says when the plan will be looked at again, and that Sarah can have her say', () => {
		expect(texts('review')).toEqual([
			'We will look at my plan again on 5\u00a0March\u00a02027.',
			'I can say what I think.'
		]);
		const late = easyReadPlan(sarah, words, '2027-04-01');
		expect(late.sections.at(-1)!.entries[0]!.lines.map((line) => line.text)).toEqual([
			'We planned to look at my plan again on 5\u00a0March\u00a02027.',
			'We will look at it again soon.',
			'I can say what I think.'
		]);
	});
});
