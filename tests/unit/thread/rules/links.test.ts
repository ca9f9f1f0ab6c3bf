import { describe, expect, it } from 'vitest';
import { messagesOf, planWith, ruleTable } from '../helpers';

ruleTable('no-aspirations', [
	{
		name: 'fires when the plan has no aspiration',
		change: (p) => {
			p.aspirations = [];
			p.needs[0]!.aspirationIds = [];
			p.outcomes[0]!.aspirationIds = [];
		},
		expected: ['no-aspirations:plan']
	},
	{ name: 'does not fire when the plan has one aspiration', change: () => {}, expected: [] }
]);

ruleTable('outcome-without-aspiration', [
	{
		name: 'fires when an outcome links to no aspiration',
		change: (p) => (p.outcomes[0]!.aspirationIds = []),
		expected: ['outcome-without-aspiration:o1']
	},
	{
		name: 'fires when an outcome links only to aspirations that are missing',
		change: (p) => (p.outcomes[0]!.aspirationIds = ['a9']),
		expected: ['outcome-without-aspiration:o1']
	},
	{
		name: 'does not fire when one of its links is to an aspiration that exists',
		change: (p) => (p.outcomes[0]!.aspirationIds = ['a9', 'a1']),
		expected: []
	},
	{ name: 'does not fire for an outcome linked to an aspiration', change: () => {}, expected: [] }
]);

ruleTable('provision-without-outcome', [
	{
		name: 'fires when a provision links to no outcome',
		change: (p) => (p.provision[0]!.outcomeIds = []),
		expected: ['provision-without-outcome:p1']
	},
	{
		name: 'fires when a provision links only to outcomes that are missing',
		change: (p) => (p.provision[0]!.outcomeIds = ['o7']),
		expected: ['provision-without-outcome:p1']
	},
	{ name: 'does not fire for a provision linked to an outcome', change: () => {}, expected: [] }
]);

ruleTable('broken-link', [
	{
		name: 'fires on a need that links to a missing aspiration',
		change: (p) => p.needs[0]!.aspirationIds.push('a9'),
		expected: ['broken-link:n1']
	},
	{
		name: 'fires once per missing id on an outcome',
		change: (p) => {
			p.outcomes[0]!.aspirationIds.push('a8', 'a9', 'a8');
			p.outcomes[0]!.needIds.push('n5');
		},
		expected: ['broken-link:o1', 'broken-link:o1', 'broken-link:o1']
	},
	{
		name: 'fires on a provision that links to a missing outcome',
		change: (p) => p.provision[0]!.outcomeIds.push('o3'),
		expected: ['broken-link:p1']
	},
	{
		name: 'fires on a provision that names a missing team member',
		change: (p) => (p.provision[0]!.teamMemberId = 't4'),
		expected: ['broken-link:p1']
	},
	{ name: 'does not fire when every link is found', change: () => {}, expected: [] },
	{
		name: 'does not fire when a provision names no team member',
		change: (p) => delete p.provision[0]!.teamMemberId,
		expected: []
	}
]);

ruleTable('aspiration-without-outcome', [
	{
		name: 'fires for an aspiration no outcome works towards',
		change: (p) => p.aspirations.push({ id: 'a2', text: 'A second hope', voice: 'parent-carer' }),
		expected: ['aspiration-without-outcome:a2']
	},
	{
		name: 'does not fire when only a need links to the aspiration but an outcome does too',
		change: () => {},
		expected: []
	},
	{
		name: 'fires when only a need links to the aspiration',
		change: (p) => {
			p.aspirations.push({ id: 'a2', text: 'Two', voice: 'child' });
			p.needs[0]!.aspirationIds = ['a2'];
		},
		expected: ['aspiration-without-outcome:a2']
	}
]);

ruleTable('need-without-outcome', [
	{
		name: 'fires for a need no outcome addresses',
		change: (p) => p.needs.push({ id: 'n2', text: 'Another need', area: 'health', aspirationIds: ['a1'] }),
		expected: ['need-without-outcome:n2']
	},
	{ name: 'does not fire for a need an outcome addresses', change: () => {}, expected: [] }
]);

ruleTable('outcome-without-need', [
	{
		name: 'fires for an outcome that addresses no need',
		change: (p) => (p.outcomes[0]!.needIds = []),
		expected: ['outcome-without-need:o1']
	},
	{
		name: 'fires for an outcome whose only need is missing',
		change: (p) => (p.outcomes[0]!.needIds = ['n4']),
		expected: ['outcome-without-need:o1']
	},
	{ name: 'does not fire for an outcome that addresses a need', change: () => {}, expected: [] }
]);

ruleTable('outcome-without-provision', [
	{
		name: 'fires for an outcome no provision supports',
		change: (p) => (p.provision[0]!.outcomeIds = []),
		expected: ['outcome-without-provision:o1']
	},
	{ name: 'does not fire for an outcome a provision supports', change: () => {}, expected: [] }
]);

ruleTable('no-child-voice', [
	{
		name: 'fires when no aspiration is in the child’s voice',
		change: (p) => (p.aspirations[0]!.voice = 'parent-carer'),
		expected: ['no-child-voice:plan']
	},
	{
		name: 'fires also when there is no aspiration at all',
		change: (p) => {
			p.aspirations = [];
		},
		expected: ['no-child-voice:plan']
	},
	{
		name: 'does not fire when one aspiration is in the child’s voice',
		change: (p) => p.aspirations.unshift({ id: 'a0', text: 'Mum’s hope', voice: 'parent-carer' }),
		expected: []
	}
]);

describe('messages about links', () => {
	it('name the item by the start of its text and say how to mend it', () => {
		const plan = planWith((p) => {
			p.outcomes[0]!.aspirationIds = [];
			p.outcomes[0]!.text =
				'By the age of 16, Sarah will have a small group of friends she meets outside home and school.';
		});
		expect(messagesOf('outcome-without-aspiration', plan)).toEqual([
			'The outcome “By the age of 16, Sarah will have a…” is not linked to any aspiration. Tick the aspirations it works towards.'
		]);
	});

	it('name the missing id and the kind of item it should be', () => {
		const plan = planWith((p) => {
			p.outcomes[0]!.needIds.push('n9');
			p.provision[0]!.teamMemberId = 't9';
		});
		const messages = messagesOf('broken-link', plan);
		expect(messages[0]).toMatch(
			/^The outcome “By July 2027, Sarah will join a…” links to need "n9", which is not in this plan\. Remove the link, or add the missing need\.$/
		);
		expect(messages[1]).toMatch(/names team member "t9", who is not in the team/);
	});

	it('use the name the child is known by', () => {
		const plan = planWith((p) => {
			p.child.knownAs = 'Sal';
			p.aspirations[0]!.voice = 'professional';
		});
		expect(messagesOf('no-child-voice', plan)[0]).toMatch(/^None of the aspirations is in Sal’s own words\. Ask Sal/);
	});
});
