import { describe, expect, it } from 'vitest';
import { findWoollyPhrases } from '$lib/thread/woolly';
import { messagesOf, planWith, ruleTable, type RuleCase } from '../helpers';

const outcomeSaying =
	(text: string): RuleCase['change'] =>
	(p) =>
		(p.outcomes[0]!.text = text);
const provisionSaying =
	(text: string): RuleCase['change'] =>
	(p) =>
		(p.provision[0]!.text = text);

ruleTable('vague-wording', [
	{
		name: 'fires on "may" in an outcome',
		change: outcomeSaying('Sarah may join a club.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'fires on "MAY" written in capitals',
		change: outcomeSaying('Sarah MAY join a club.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'fires on "May" at the start of a sentence',
		change: outcomeSaying('May join a club with friends.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'does not fire on May as a month before a year',
		change: outcomeSaying('By May 2027, Sarah will join a club.'),
		expected: []
	},
	{
		name: 'does not fire on May as a month after a day',
		change: outcomeSaying('Sarah will join a club on 5 May.'),
		expected: []
	},
	{
		name: 'does not fire on May as a month after an ordinal day',
		change: outcomeSaying('Sarah will join a club on the 5th May.'),
		expected: []
	},
	{
		name: 'does not fire on May as a month inside a sentence',
		change: outcomeSaying('Sarah will join a club by the end of May.'),
		expected: []
	},
	{
		name: 'does not fire on Mayfield or Somerset',
		change: outcomeSaying('Sarah will visit Mayfield School and Somerset House.'),
		expected: []
	},
	{
		name: 'does not fire on words that contain a woolly word',
		change: outcomeSaying('Sometimes someone will ask; irregular handsome playmates.'),
		expected: []
	},
	{
		name: 'fires once for the same phrase written twice',
		change: outcomeSaying('Sarah may read and may write.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'fires once per distinct phrase',
		change: outcomeSaying('Sarah might get some help regularly.'),
		expected: ['vague-wording:o1', 'vague-wording:o1', 'vague-wording:o1']
	},
	{
		name: 'counts a step against its outcome',
		change: (p) => (p.outcomes[0]!.steps[0]!.text = 'Sarah should visit the club.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'counts a phrase in the outcome and a step once',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah could join.';
			p.outcomes[0]!.steps[0]!.text = 'Sarah could visit.';
		},
		expected: ['vague-wording:o1']
	},
	{
		name: 'fires on "regular" and "regularly" as two phrases',
		change: outcomeSaying('Regular visits, made regularly.'),
		expected: ['vague-wording:o1', 'vague-wording:o1']
	},
	{ name: 'fires on "as needed"', change: provisionSaying('Help as needed.'), expected: ['vague-wording:p1'] },
	{
		name: 'fires on "when required", "where appropriate", "if necessary" and "as possible"',
		change: provisionSaying('Help when required, where appropriate, if necessary, as possible.'),
		expected: ['vague-wording:p1', 'vague-wording:p1', 'vague-wording:p1', 'vague-wording:p1']
	},
	{
		name: 'does not fire on "as", "when", "where" or "if" followed by other words',
		change: provisionSaying('As soon as she arrives, when the bell goes, where she sits, if she asks.'),
		expected: []
	},
	{ name: 'fires on "as and when"', change: provisionSaying('Help as and when.'), expected: ['vague-wording:p1'] },
	{
		name: 'fires on "opportunities to" and "opportunity for"',
		change: provisionSaying('Opportunities to talk and an opportunity for play.'),
		expected: ['vague-wording:p1', 'vague-wording:p1']
	},
	{
		name: 'does not fire on "opportunities" followed by another word',
		change: provisionSaying('Find friendship opportunities and clubs.'),
		expected: []
	},
	{
		name: 'fires on "support with", "up to", "encouraged to" and "would benefit from"',
		change: provisionSaying('Support with reading, up to 3 times, encouraged to join; she would benefit from it.'),
		expected: ['vague-wording:p1', 'vague-wording:p1', 'vague-wording:p1', 'vague-wording:p1']
	},
	{
		name: 'matches phrases across several spaces or a line break',
		change: provisionSaying('Help up\n to three times.'),
		expected: ['vague-wording:p1']
	},
	{
		name: 'does not fire on "up-to-date" or "support worker"',
		change: provisionSaying('An up-to-date plan from a support worker.'),
		expected: []
	},
	{
		name: 'fires on "access to" in a provision without sessions',
		change: (p) => {
			p.provision[0]!.text = 'Access to the Hub.';
			delete p.provision[0]!.sessions;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'fires on "access to" in a provision without minutes',
		change: (p) => {
			p.provision[0]!.text = 'Access to the Hub.';
			delete p.provision[0]!.minutes;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'does not fire on "access to" in a provision with sessions, per and minutes',
		change: provisionSaying('Access to the Hub.'),
		expected: []
	},
	{
		name: 'fires on "access to" in an outcome',
		change: outcomeSaying('Sarah will have access to the Hub.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'does not look at needs or aspirations',
		change: (p) => {
			p.needs[0]!.text = 'Sarah may struggle.';
			p.aspirations[0]!.text = 'I might be a vet.';
		},
		expected: []
	},
	{
		name: 'does not look at success criteria',
		change: (p) => (p.outcomes[0]!.successCriteria = 'Some progress.'),
		expected: []
	},
	{ name: 'does not fire on plain, specific text', change: () => {}, expected: [] }
]);

describe('vague-wording messages', () => {
	it('quote the phrase as written and say how to mend it', () => {
		const plan = planWith((p) => (p.provision[0]!.text = 'Speech therapy as  needed.'));
		expect(messagesOf('vague-wording', plan)).toEqual([
			'The provision “Speech therapy as needed.” says “as needed”, which can hide who does what, how much or by when. Say when, or how often, and who decides.'
		]);
	});

	it('name the step a phrase is in', () => {
		const plan = planWith((p) => p.outcomes[0]!.steps.push({ text: 'Sarah will try some clubs.' }));
		expect(messagesOf('vague-wording', plan)[0]).toMatch(
			/^Step 2 of the outcome “By July 2027, Sarah will join a…” says “some”, .* Say how many or how much\.$/
		);
	});
});

describe('findWoollyPhrases', () => {
	it('finds phrases in the order they appear, once each', () => {
		expect(findWoollyPhrases('Some help; it may come, and may not, up to twice.').map((m) => m.key)).toEqual([
			'some',
			'may',
			'up to'
		]);
	});

	it('treats letters of every script as part of a word', () => {
		expect(findWoollyPhrases('Ümay mayé someö').map((m) => m.key)).toEqual([]);
	});

	it('keeps positions right when lower case changes the length of the text', () => {
		const [match] = findWoollyPhrases('İİİ then some');
		expect(match?.phrase).toBe('some');
		expect(match?.index).toBe(9);
	});
});
