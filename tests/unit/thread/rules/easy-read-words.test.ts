import { describe, expect, it } from 'vitest';
import { checkThread } from '$lib/thread/checker/check';
import { planWith, TODAY } from '../helpers';

const long = 'I will see my speech and language therapist with two friends in a small room every single Tuesday.';
// The provision's own words are too long for Easy Read; the other items' own words keep the rule.
const plan = planWith((p) => {
	p.provision[0]!.text = `A teaching assistant goes with Sarah to the lunchtime club and stays nearby, quietly, all the time.`;
});
const check = (words?: Record<string, string>) =>
	checkThread(plan, { today: TODAY, ...(words && { easyRead: new Map(Object.entries(words)) }) });
const easyRead = (words?: Record<string, string>) =>
	check(words).filter((finding) => finding.rule === 'easy-read-words');

describe('easy-read-words', () => {
	it('is silent where the Easy Read words are not loaded, or none are written, and leaves the other findings as they were', () => {
		expect(easyRead()).toEqual([]);
		expect(easyRead({})).toEqual([]);
		const others = check().map((finding) => finding.rule);
		expect(
			check({ a1: 'I want friends.' })
				.map((finding) => finding.rule)
				.filter((rule) => rule !== 'easy-read-words')
		).toEqual(others);
	});

	it('names the item and the long sentence of Easy Read words over 15 words', () => {
		const found = easyRead({
			a1: 'I want friends.',
			n1: 'Talking is hard.',
			o1: `I go to a club. ${long}`,
			p1: 'Ms Hart helps me.'
		});
		expect(found).toEqual([
			{
				rule: 'easy-read-words',
				severity: 'warning',
				subject: { kind: 'outcome', id: 'o1' },
				message:
					'The Easy Read words of outcome 1 have a sentence of 18 words: “I will see my speech and language…”. Split it so that no sentence has more than 15 words.'
			}
		]);
	});

	it('counts the items with no Easy Read version whose own words are not Easy Read either', () => {
		// Only the provision needs an Easy Read version: the others' own words keep the rule.
		const found = easyRead({ n1: 'Talking is hard.' });
		expect(found.map((finding) => [finding.subject, finding.message])).toEqual([
			[
				{ kind: 'plan' },
				'1 item has no Easy Read version, so Sarah’s Easy Read plan leaves it out. Write Easy Read words for it with Sarah.'
			]
		]);
		expect(easyRead({ p1: 'Miss Hart comes with me to the club.' })).toEqual([]);
	});
});
