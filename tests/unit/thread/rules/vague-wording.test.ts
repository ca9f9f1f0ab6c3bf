import { describe, expect, it } from 'vitest';
import { findHedges } from '$lib/thread/wording/hedges';
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
		name: 'fires once for an item however many hedges it has',
		change: outcomeSaying('Sarah might get some help regularly.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'counts a step against its outcome',
		change: (p) => (p.outcomes[0]!.steps[0]!.text = 'Sarah should visit the club.'),
		expected: ['vague-wording:o1']
	},
	{
		name: 'counts hedges in the outcome and a step once',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah could join.';
			p.outcomes[0]!.steps[0]!.text = 'Sarah may visit.';
		},
		expected: ['vague-wording:o1']
	},
	{
		name: 'fires on "regularly" in an outcome that gives no measure',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah will visit the club regularly.';
			p.outcomes[0]!.successCriteria = 'Her teaching assistant sees her at the club.';
		},
		expected: ['vague-wording:o1']
	},
	{
		name: 'does not fire on "should" in an outcome that gives a measure',
		change: outcomeSaying('Sarah should read 20 of the 25 words on her list by July.'),
		expected: []
	},
	{
		name: 'does not fire on "up to" before a number in an outcome: a range, not a ceiling',
		change: outcomeSaying('Sarah will add numbers up to 500.'),
		expected: []
	},
	{
		name: 'fires on "up to" in a provision, however specific',
		change: provisionSaying('Up to 3 sessions a week with a teaching assistant.'),
		expected: ['vague-wording:p1']
	},
	{ name: 'fires on "as needed"', change: provisionSaying('Help as needed.'), expected: ['vague-wording:p1'] },
	{
		name: 'fires once on "when required", "where appropriate", "if necessary" and "as possible"',
		change: provisionSaying('Help when required, where appropriate, if necessary, as possible.'),
		expected: ['vague-wording:p1']
	},
	{
		name: 'does not fire on "as", "when", "where" or "if" followed by other words',
		change: provisionSaying('As soon as she arrives, when the bell goes, where she sits, if she asks.'),
		expected: []
	},
	{ name: 'fires on "as and when"', change: provisionSaying('Help as and when.'), expected: ['vague-wording:p1'] },
	{
		name: 'fires on "opportunities to" in a provision that does not say how much',
		change: (p) => {
			p.provision[0]!.text = 'Opportunities to talk and an opportunity for play.';
			delete p.provision[0]!.sessions;
			delete p.provision[0]!.deliveredBy;
			delete p.provision[0]!.teamMemberId;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'does not fire on "opportunities to" in a provision that says how much and who',
		change: provisionSaying('Opportunities to talk in a small group.'),
		expected: []
	},
	{
		name: 'does not fire on "opportunities" followed by another word',
		change: provisionSaying('Find friendship opportunities and clubs.'),
		expected: []
	},
	{
		name: 'fires on "up to", "encouraged to" and "would benefit from", once',
		change: (p) => {
			p.provision[0]!.text = 'Up to 3 times, encouraged to join; she would benefit from it.';
			delete p.provision[0]!.minutes;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'leaves "support with" to support-without-substance',
		change: (p) => {
			p.provision[0]!.text = 'Support with reading.';
			delete p.provision[0]!.minutes;
		},
		expected: []
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
		name: 'fires on "access to" in a provision without sessions or a deliverer',
		change: (p) => {
			p.provision[0]!.text = 'Access to the Hub.';
			delete p.provision[0]!.sessions;
			delete p.provision[0]!.deliveredBy;
			delete p.provision[0]!.teamMemberId;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'fires on "access to" in a provision without minutes or a deliverer',
		change: (p) => {
			p.provision[0]!.text = 'Access to the Hub.';
			delete p.provision[0]!.minutes;
			delete p.provision[0]!.deliveredBy;
			delete p.provision[0]!.teamMemberId;
		},
		expected: ['vague-wording:p1']
	},
	{
		name: 'does not fire on "access to" in a provision that names who delivers it',
		change: (p) => {
			p.provision[0]!.text = 'Access to the Hub.';
			delete p.provision[0]!.sessions;
		},
		expected: []
	},
	{
		name: 'does not fire on "access to" in a provision with sessions, per and minutes',
		change: provisionSaying('Access to the Hub.'),
		expected: []
	},
	{
		name: 'leaves "will have access to" in an outcome to outcome-is-provision',
		change: outcomeSaying('Sarah will have access to the Hub.'),
		expected: []
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
		change: (p) => (p.outcomes[0]!.successCriteria = 'Some progress: 20 words.'),
		expected: []
	},
	{ name: 'does not fire on plain, specific text', change: () => {}, expected: [] }
]);

describe('vague-wording messages', () => {
	it('quote the phrases as written, say what a reader cannot tell and show good wording', () => {
		const plan = planWith((p) => (p.provision[0]!.text = 'Speech therapy as  needed, up to twice.'));
		expect(messagesOf('vague-wording', plan)).toEqual([
			'The provision “Speech therapy as needed, up to twice.” says “as needed” and “up to”: a reader cannot tell who does what, how much or by when. Say when, or how often, and who decides. Good wording reads like: “Access to the sensory room for 15 minutes at the start of each lesson transition, supervised by a trained TA”'
		]);
	});

	it('name the step the hedges are in', () => {
		const plan = planWith((p) => p.outcomes[0]!.steps.push({ text: 'Sarah will try some clubs.' }));
		expect(messagesOf('vague-wording', plan)[0]).toMatch(
			/^Step 2 of the outcome “By July 2027, Sarah will join a…” \(“Sarah will try some clubs\.”\) says “some”: .* Say how many or how much\. Good wording reads like: “By the end of Key Stage 2, John/
		);
	});
});

describe('findHedges', () => {
	it('finds hedges in the order they appear, once each', () => {
		expect(
			findHedges('Some help; it may come, and may not, up to twice.', false, 'provision').map((m) => m.key)
		).toEqual(['some', 'may', 'up to']);
	});

	it('treats letters of every script as part of a word', () => {
		expect(findHedges('Ümay mayé someö', false, 'provision').map((m) => m.key)).toEqual([]);
	});

	it('keeps positions right when lower case changes the length of the text', () => {
		const [match] = findHedges('İİİ then some', false, 'provision');
		expect(match?.phrase).toBe('some');
		expect(match?.index).toBe(9);
	});

	it('leaves out the hedges that only hide something in vague company when the item is specific', () => {
		expect(findHedges('Regular access to the Hub, as needed.', true, 'provision').map((m) => m.key)).toEqual([
			'as needed'
		]);
		expect(findHedges('Regular access to the Hub, as needed.', false, 'provision').map((m) => m.key)).toEqual([
			'regular',
			'access to',
			'as needed'
		]);
	});
});
