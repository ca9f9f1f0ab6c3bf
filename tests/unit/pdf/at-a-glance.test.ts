import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { contextOf } from '../../../src/lib/pdf/context';
import { atAGlanceSection, contacts, GLANCE_HEADERS } from '../../../src/lib/pdf/sections/at-a-glance';
import { expectInOrder, fixturePlan, nodesOf, textOf } from './fixtures';

const sarah = fixturePlan('sarah');

function tableOf(content: Content[]) {
	return nodesOf(content).find((node) => 'table' in node)?.table as {
		headerRows: number;
		dontBreakRows: boolean;
		body: Content[][];
	};
}

describe('the plan at a glance', () => {
	it('sets out the thread as one table: hopes → needs → outcome with its date → provision with who and how often', () => {
		const content = atAGlanceSection(contextOf(sarah));
		const table = tableOf(content);
		expect(textOf(table.body[0]!)).toBe(GLANCE_HEADERS.join(' '));
		expect(table.body).toHaveLength(1 + sarah.outcomes.length);
		expect(textOf(table.body[1]!)).toBe(
			'Aspiration 1 Need 1: Communication and interaction Need 2: Social, emotional and mental health Outcome 1 By the age of 16, Sarah will have a small group of friends she meets outside home and school, and will keep in touch with them using a social network. By 3 October 2028 Provision 2: Learning mentor · 1 session a week Provision 3: Teaching assistant, Ms Leah Hart · 2 sessions a week'
		);
		expect(textOf(table.body[2]!)).toBe(
			'Aspirations 2 and 3 Need 2: Social, emotional and mental health Outcome 2 By the age of 16, Sarah will travel independently by bus between home, school and the town centre. By 3 October 2028 Provision 1: Independent travel trainer, Tom Reilly · 1 session a week'
		);
		expect(table.dontBreakRows).toBe(true);
	});

	it('gives the next review date and who to contact after the table', () => {
		expectInOrder(textOf(atAGlanceSection(contextOf(sarah))), [
			'The plan at a glance',
			'Outcome 2',
			'Next review of the plan:',
			'5 March 2027',
			'Who to contact:',
			'Mr Daniel Price',
			'SENCo (special educational needs co-ordinator, who organises this support)',
			'Riverside Academy',
			'd.price@riverside.example.org'
		]);
	});

	it('glosses "provision" where it first uses it', () => {
		expect(textOf(atAGlanceSection(contextOf(sarah)))).toContain('the provision (the support Sarah gets)');
	});

	it('puts hopes, needs and provision linked to no outcome in a last row of their own', () => {
		const plan = {
			...sarah,
			aspirations: [...sarah.aspirations, { id: 'a9', text: 'I want to ride a horse.', voice: 'child' as const }],
			provision: [...sarah.provision, { ...sarah.provision[0]!, id: 'p9', outcomeIds: [] }]
		};
		const table = tableOf(atAGlanceSection(contextOf(plan)));
		expect(table.body).toHaveLength(1 + sarah.outcomes.length + 1);
		expect(textOf(table.body.at(-1)!)).toBe(
			'Aspiration 3 None linked No outcome linked yet Provision 4: Independent travel trainer, Tom Reilly · 1 session a week'
		);
	});

	it('says so when the plan has no outcome and nothing else yet', () => {
		const empty = { ...sarah, aspirations: [], needs: [], outcomes: [], provision: [] };
		expect(textOf(atAGlanceSection(contextOf(empty)))).toContain('Nothing has been written in the plan yet.');
	});
});

describe('who to contact', () => {
	it('is the SENCo when the plan has their contact details', () => {
		expect(contacts(sarah.team).map((member) => member.name)).toEqual(['Mr Daniel Price']);
	});

	it('is else the first of the team outside the family with contact details, and never the family', () => {
		const team = sarah.team.map((member) =>
			member.role === 'senco'
				? { ...member, email: undefined }
				: member.id === 't5'
					? { ...member, phone: '0161 000 0000' }
					: member
		);
		expect(contacts(team).map((member) => member.name)).toEqual(['Priya Shah']);
		const family = sarah.team.filter((member) => ['child-young-person', 'parent-carer'].includes(member.role));
		expect(contacts(family)).toEqual([]);
	});
});
