import { describe, expect, it } from 'vitest';
import { glossedPlan } from '$lib/meeting/glossed-plan';
import type { PlainSection } from '$lib/thread-view/plain-plan';

const sections: PlainSection[] = [
	{
		heading: 'Hope 1',
		blocks: [
			{ kind: 'paragraph', text: 'Sarah said: “I want the SENCo to stop calling me in.”' },
			{
				kind: 'list',
				lead: 'The help Sarah gets:',
				items: [{ text: 'A weekly check-in with the SENCo.', details: ['Part of her SEN support.'] }]
			}
		]
	},
	{
		heading: 'Hope 2',
		blocks: [{ kind: 'list', lead: 'The help Sarah gets:', items: [{ text: 'Time with the SENCo.', details: [] }] }]
	}
];

describe('the plan on the shared screen', () => {
	it('explains each word of the trade where it is first used, once, and leaves the child’s words as said', () => {
		const [first, second] = glossedPlan(sections, 'Sarah');
		expect(first!.blocks[0]).toEqual(sections[0]!.blocks[0]);
		expect(first!.blocks[1]).toEqual({
			kind: 'list',
			lead: 'The help Sarah gets:',
			items: [
				{
					text: 'A weekly check-in with the SENCo (special educational needs co-ordinator, who organises this support).',
					details: ['Part of her SEN support (extra help from the school or setting for special educational needs).']
				}
			]
		});
		expect(second!.blocks[0]).toMatchObject({ items: [{ text: 'Time with the SENCo.' }] });
	});
});
