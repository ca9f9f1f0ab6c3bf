import { describe, expect, it } from 'vitest';
import { messagesOf, planWith, ruleTable } from '../helpers';

ruleTable('provision-not-quantified', [
	{
		name: 'fires when sessions are missing',
		change: (p) => delete p.provision[0]!.sessions,
		expected: ['provision-not-quantified:p1']
	},
	{
		name: 'fires when the period is missing',
		change: (p) => delete p.provision[0]!.per,
		expected: ['provision-not-quantified:p1']
	},
	{
		name: 'fires when the minutes are missing',
		change: (p) => delete p.provision[0]!.minutes,
		expected: ['provision-not-quantified:p1']
	},
	{
		name: 'fires once when all three are missing',
		change: (p) => {
			delete p.provision[0]!.sessions;
			delete p.provision[0]!.per;
			delete p.provision[0]!.minutes;
		},
		expected: ['provision-not-quantified:p1']
	},
	{ name: 'does not fire without a group size', change: (p) => delete p.provision[0]!.groupSize, expected: [] },
	{ name: 'does not fire when sessions, per and minutes are given', change: () => {}, expected: [] }
]);

ruleTable('provision-without-provider', [
	{
		name: 'fires when neither who delivers it nor a team member is given',
		change: (p) => {
			delete p.provision[0]!.deliveredBy;
			delete p.provision[0]!.teamMemberId;
		},
		expected: ['provision-without-provider:p1']
	},
	{
		name: 'fires when the only provider is a missing team member',
		change: (p) => {
			delete p.provision[0]!.deliveredBy;
			p.provision[0]!.teamMemberId = 't9';
		},
		expected: ['provision-without-provider:p1']
	},
	{
		name: 'does not fire with who delivers it alone',
		change: (p) => delete p.provision[0]!.teamMemberId,
		expected: []
	},
	{ name: 'does not fire with a team member alone', change: (p) => delete p.provision[0]!.deliveredBy, expected: [] }
]);

describe('messages about provision', () => {
	it('say exactly what is missing', () => {
		const plan = planWith((p) => delete p.provision[0]!.minutes);
		expect(messagesOf('provision-not-quantified', plan)).toEqual([
			'The provision “A teaching assistant goes with Sarah to…” does not say how many minutes each session lasts. Add it, so everyone knows how much support there is.'
		]);
	});
});
