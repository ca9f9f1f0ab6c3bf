import { describe, expect, it } from 'vitest';
import { headingsByStyle, taggedDocument, withRole } from '../../../src/lib/pdf/tags';

describe('structure roles in the PDF layout', () => {
	it('sets a role on a copy of the node, and makes the content one tagged document', () => {
		const node = { text: 'About me', style: 'sectionHeading' };
		expect(withRole('H2', node)).toEqual({ ...node, role: 'H2' });
		expect(node).not.toHaveProperty('role');
		expect(taggedDocument([node])).toEqual({ stack: [node], role: 'Document' });
	});

	it('gives nodes of heading styles their heading’s role, at any depth, and leaves text and layouts alone', () => {
		const layout = { hLineWidth: () => 1 };
		const content = [
			{ text: 'Review of Sarah Okafor’s support plan', style: 'title' },
			{
				stack: [{ text: 'Grace Okafor, 2 February 2027', style: 'subheading' }, { text: 'The Tuesday club.' }],
				unbreakable: true
			},
			{ text: [{ text: 'Outcome 1', style: 'title' }, 'inline, not a node'], layout }
		];
		const tagged = headingsByStyle(content, { title: 'H1', subheading: 'H3' });
		expect(tagged).toEqual([
			{ text: 'Review of Sarah Okafor’s support plan', style: 'title', role: 'H1' },
			{
				stack: [
					{ text: 'Grace Okafor, 2 February 2027', style: 'subheading', role: 'H3' },
					{ text: 'The Tuesday club.' }
				],
				unbreakable: true
			},
			{ text: [{ text: 'Outcome 1', style: 'title' }, 'inline, not a node'], layout }
		]);
		expect((tagged[2] as { layout: typeof layout }).layout.hLineWidth).toBe(layout.hLineWidth);
		expect(content[0]).not.toHaveProperty('role');
	});
});
