import { describe, expect, it } from 'vitest';
import { rules } from '$lib/thread/rules/index';
import { codesOf, findingCodes, messagesOf, planWith, ruleTable, type RuleCase } from '../helpers';

const outcomeSaying =
	(text: string): RuleCase['change'] =>
	(p) =>
		(p.outcomes[0]!.text = text);
/** A provision with this text and nothing in its fields about how much. */
const bareProvision =
	(text: string): RuleCase['change'] =>
	(p) => {
		p.provision[0]!.text = text;
		delete p.provision[0]!.sessions;
		delete p.provision[0]!.per;
		delete p.provision[0]!.minutes;
	};
const provisionSaying =
	(text: string): RuleCase['change'] =>
	(p) =>
		(p.provision[0]!.text = text);

ruleTable('outcome-is-provision', [
	{
		name: 'fires on "will receive" in an outcome',
		change: outcomeSaying('Sarah will receive speech and language therapy.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'fires on "will be given" and "will have access to", once',
		change: outcomeSaying('Sarah will be given a laptop and will have access to a quiet room.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'fires on an aim to provide',
		change: outcomeSaying('To provide Sarah with a laptop for written work.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'fires when someone who delivers is the subject',
		change: outcomeSaying('The speech and language therapist will assess Sarah.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'fires on a few words naming a service',
		change: outcomeSaying('5 hours of TA support.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'counts a step against its outcome',
		change: (p) => (p.outcomes[0]!.steps[0]!.text = 'Sarah will be given a club timetable.'),
		expected: ['outcome-is-provision:o1']
	},
	{
		name: 'does not fire on a present-tense step that mentions a session',
		change: (p) => (p.outcomes[0]!.steps[0]!.text = 'Sarah checks her aids at the start of each session.'),
		expected: []
	},
	{
		name: 'does not fire on what the child will do',
		change: outcomeSaying('By July 2027, Sarah will give a two-minute talk to her class.'),
		expected: []
	},
	{
		name: 'does not look at provision',
		change: provisionSaying('Sarah will receive speech therapy from a therapist.'),
		expected: []
	}
]);

ruleTable('provision-is-outcome', [
	{
		name: 'fires on a provision saying what the child will be able to do',
		change: provisionSaying('Sarah will be able to read 100 words.'),
		expected: ['provision-is-outcome:p1']
	},
	{
		name: 'fires on an aim to improve',
		change: provisionSaying('To improve Sarah’s reading.'),
		expected: ['provision-is-outcome:p1']
	},
	{
		name: 'does not fire on a purpose clause after the provision',
		change: provisionSaying('A teaching assistant reads with Sarah so that she will be able to join the book club.'),
		expected: []
	},
	{
		name: 'does not fire when staff are the subject',
		change: provisionSaying('Staff will develop a visual timetable with Sarah.'),
		expected: []
	}
]);

ruleTable('universal-offer', [
	{
		name: 'fires on differentiation',
		change: provisionSaying('Differentiated work in all lessons.'),
		expected: ['universal-offer:p1']
	},
	{
		name: 'fires on quality-first teaching',
		change: provisionSaying('Quality first teaching in class.'),
		expected: ['universal-offer:p1']
	},
	{
		name: 'fires on access to the curriculum, and not again as a hedge',
		change: bareProvision('Access to a broad and balanced curriculum.'),
		expected: ['universal-offer:p1']
	},
	{
		name: 'fires on a supportive environment',
		change: provisionSaying('A supportive learning environment.'),
		expected: ['universal-offer:p1']
	},
	{
		name: 'does not fire on individual provision',
		change: provisionSaying('Individual phonics sessions with a teaching assistant.'),
		expected: []
	},
	{
		name: 'does not look at outcomes',
		change: outcomeSaying('By July 2027, Sarah will read differentiated texts aloud for 5 minutes.'),
		expected: []
	}
]);

ruleTable('deliverer-unnamed', [
	{
		name: 'fires on "the school will" with no one named',
		change: (p) => {
			p.provision[0]!.text = 'The school will run a social skills group.';
			delete p.provision[0]!.teamMemberId;
			p.provision[0]!.deliveredBy = 'School';
		},
		expected: ['deliverer-unnamed:p1']
	},
	{
		name: 'fires on "staff will" with no one named',
		change: (p) => {
			p.provision[0]!.text = 'Staff will use a visual timetable.';
			delete p.provision[0]!.teamMemberId;
			delete p.provision[0]!.deliveredBy;
		},
		expected: ['deliverer-unnamed:p1']
	},
	{
		name: 'does not fire when the text names the role',
		change: (p) => {
			p.provision[0]!.text = 'Staff trained in Lego therapy will run the group.';
			delete p.provision[0]!.teamMemberId;
			delete p.provision[0]!.deliveredBy;
		},
		expected: []
	},
	{
		name: 'does not fire when a team member delivers it',
		change: provisionSaying('Staff will use a visual timetable.'),
		expected: []
	},
	{
		name: 'does not fire on "staffroom"',
		change: (p) => {
			p.provision[0]!.text = 'A quiet corner of the staffroom will be free at lunch.';
			delete p.provision[0]!.teamMemberId;
			delete p.provision[0]!.deliveredBy;
		},
		expected: []
	}
]);

ruleTable('support-without-substance', [
	{
		name: 'fires on "support with" that says not how much',
		change: bareProvision('Support with reading.'),
		expected: ['support-without-substance:p1']
	},
	{
		name: 'fires on "strategies to", "help with", "work on" and "input from", once',
		change: bareProvision('Strategies to calm, help with writing, work on sounds and input from the therapist.'),
		expected: ['support-without-substance:p1']
	},
	{
		name: 'fires when only how often is given and nobody is named',
		change: (p) => {
			bareProvision('Weekly support to develop friendships.')(p);
			delete p.provision[0]!.teamMemberId;
			delete p.provision[0]!.deliveredBy;
		},
		expected: ['support-without-substance:p1']
	},
	{
		name: 'does not fire when the sessions, per and minutes are filled in',
		change: provisionSaying('Support with reading.'),
		expected: []
	},
	{
		name: 'does not fire when the words say how often and how long',
		change: bareProvision('Support with reading for 20 minutes, three times a week.'),
		expected: []
	},
	{
		name: 'does not fire on "support worker"',
		change: bareProvision('A support worker goes with Sarah to the club for 30 minutes, twice a week.'),
		expected: []
	}
]);

ruleTable('outcome-not-measurable', [
	{
		name: 'fires on "will improve" that neither the outcome nor its success criteria measure',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah will improve her reading.';
			p.outcomes[0]!.successCriteria = 'Her teacher is pleased with her reading.';
		},
		expected: ['outcome-not-measurable:o1']
	},
	{
		name: 'fires on "will be more confident" in a step',
		change: (p) => (p.outcomes[0]!.steps[0]!.text = 'Sarah will be more confident at the club.'),
		expected: ['outcome-not-measurable:o1']
	},
	{
		name: 'does not fire on "will improve" measured by the success criteria',
		change: outcomeSaying('By July 2027, Sarah will improve her reading.'),
		expected: []
	},
	{
		name: 'does not fire on "will improve" measured in its own words',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah will improve her reading age from 7 to 9.';
			p.outcomes[0]!.successCriteria = 'Her reading test.';
		},
		expected: []
	},
	{
		name: 'fires once when there are no success criteria and the words promise change',
		change: (p) => {
			p.outcomes[0]!.text = 'Sarah will improve her reading.';
			delete p.outcomes[0]!.successCriteria;
		},
		expected: ['outcome-not-measurable:o1']
	}
]);

describe('wording findings', () => {
	it('come one per item per kind, the most telling first', () => {
		const plan = planWith((p) => {
			p.provision[0]!.text = 'Staff will give differentiated support with reading as needed.';
			delete p.provision[0]!.teamMemberId;
			delete p.provision[0]!.deliveredBy;
			delete p.provision[0]!.sessions;
		});
		expect(findingCodes(plan).filter((code) => code.endsWith(':p1'))).toEqual([
			'provision-not-quantified:p1',
			'provision-without-provider:p1',
			'universal-offer:p1',
			'deliverer-unnamed:p1',
			'support-without-substance:p1',
			'vague-wording:p1'
		]);
	});

	it('quote the words, say what a reader cannot tell and show good wording', () => {
		const plan = planWith(outcomeSaying('Sarah will receive speech and language therapy.'));
		expect(messagesOf('outcome-is-provision', plan)).toEqual([
			'The outcome “Sarah will receive speech and language…” says “will receive”: that is support Sarah gets, not what Sarah will be able to do. Say what Sarah will do and how everyone will know, and put the support in provision. Good wording reads like: “By the end of Key Stage 1, Parveen will be able to use spoken language to communicate her basic needs.”'
		]);
	});

	it('say by how much when an outcome with no success criteria promises change', () => {
		const plan = planWith((p) => {
			p.outcomes[0]!.text = 'Sarah will be more confident.';
			delete p.outcomes[0]!.successCriteria;
		});
		expect(messagesOf('outcome-not-measurable', plan)).toEqual([
			'The outcome “Sarah will be more confident.” has no success criteria, and it says “will be more confident” without saying by how much. Say how everyone will know it has been achieved. Good wording reads like: “By the end of Key Stage 2, John will be able to maintain a five-minute two-way conversation with a peer each day”'
		]);
		expect(codesOf('vague-wording', plan)).toEqual([]);
	});
});

describe('the help page’s examples', () => {
	const outcomeRules = new Set(['outcome-is-provision', 'outcome-not-measurable']);
	const withExamples = rules.filter((rule) => rule.examples !== undefined);

	it('are given for every rule that reads wording', () => {
		expect(withExamples.map((rule) => rule.id).sort()).toEqual(
			[
				'deliverer-unnamed',
				'outcome-is-provision',
				'outcome-not-measurable',
				'provision-is-outcome',
				'support-without-substance',
				'universal-offer',
				'vague-wording'
			].sort()
		);
	});

	it.each(withExamples)('for $id: the rule finds the unclear one and not the clear one', (rule) => {
		const planSaying = (text: string) =>
			planWith((p) => {
				if (outcomeRules.has(rule.id)) {
					p.outcomes[0]!.text = text;
					p.outcomes[0]!.successCriteria = 'Her teacher and her parents agree.';
				} else {
					bareProvision(text)(p);
					delete p.provision[0]!.deliveredBy;
					delete p.provision[0]!.teamMemberId;
				}
			});
		const subject = outcomeRules.has(rule.id) ? 'o1' : 'p1';
		expect(codesOf(rule.id, planSaying(rule.examples!.unclear))).toEqual([`${rule.id}:${subject}`]);
		expect(codesOf(rule.id, planSaying(rule.examples!.clear))).toEqual([]);
	});
});
