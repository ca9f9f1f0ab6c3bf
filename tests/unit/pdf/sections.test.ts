import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { contextOf } from '../../../src/lib/pdf/context';
import { planPdfContent, planPdfDefinition, planPdfInfo, PDF_LANGUAGE } from '../../../src/lib/pdf/plan/plan-pdf';
import { aboutMeSection } from '../../../src/lib/pdf/sections/about-me';
import { aspirationsSection } from '../../../src/lib/pdf/sections/aspirations';
import { describeDay, keyDates, keyDatesSection } from '../../../src/lib/pdf/sections/key-dates';
import { needsSection } from '../../../src/lib/pdf/sections/needs';
import { outcomesSection } from '../../../src/lib/pdf/sections/outcomes';
import { pageFooter, pageNumberText } from '../../../src/lib/pdf/sections/page-footer';
import { pageHeader } from '../../../src/lib/pdf/sections/page-header';
import { PROVISION_HEADERS, provisionSection } from '../../../src/lib/pdf/sections/provision';
import { BLANK_SIGN_OFF_LINES, signOffSection } from '../../../src/lib/pdf/sections/sign-off';
import { teamSection } from '../../../src/lib/pdf/sections/team';
import { titleSection } from '../../../src/lib/pdf/sections/title';
import { fixturePlan, nodesOf, textOf, TODAY } from './fixtures';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const sarah = fixturePlan('sarah');
const context = contextOf(sarah);

/** The positions of each needle in the haystack, which must all be there. */
function positions(haystack: string, needles: readonly string[]): number[] {
	return needles.map((needle) => {
		const at = haystack.indexOf(needle);
		expect(at, `"${needle}" is missing`).toBeGreaterThanOrEqual(0);
		return at;
	});
}

function expectInOrder(haystack: string, needles: readonly string[]): void {
	const found = positions(haystack, needles);
	expect(found).toEqual([...found].sort((a, b) => a - b));
}

describe('the title section', () => {
	it('names the child, the kind of plan in plain English and the dates in UK form', () => {
		const text = textOf(titleSection(context));
		expect(text).toContain("Sarah's support plan");
		expect(text).toContain('Sarah Okafor');
		expect(text).toContain('SEN support');
		expect(text).toContain('3 October 2012');
		expect(text).toContain('7 September 2026');
		expect(text).toContain('5 March 2027');
		expect(text).not.toMatch(ISO_DATE);
	});

	it('says a draft has not been agreed, and says nothing of the kind for an agreed plan', () => {
		expect(textOf(titleSection(context))).toContain('has not been agreed yet');
		const agreed = contextOf({ ...sarah, plan: { ...sarah.plan, status: 'agreed' } });
		expect(textOf(titleSection(agreed))).not.toContain('not been agreed');
	});

	it('glosses an EHC plan', () => {
		const ehc = contextOf({ ...sarah, plan: { ...sarah.plan, kind: 'ehc-plan' } });
		expect(textOf(titleSection(ehc))).toContain('EHC plan (education, health and care plan)');
	});
});

describe('About me', () => {
	it('has the four parts of the one-page profile, each with what the plan says', () => {
		const text = textOf(aboutMeSection(context));
		expectInOrder(text, [
			'About me',
			'What people like and admire about me',
			'Sarah is kind and notices when younger children are upset.',
			'What is important to me',
			'Seeing her cousin Dami at weekends.',
			'How best to support me',
			'Tell me in advance when something is going to change.',
			'How I communicate',
			'Sarah talks best one to one'
		]);
	});

	it('says when a part is empty rather than leaving a bare heading', () => {
		const empty = contextOf({ ...sarah, profile: {} });
		expect(textOf(aboutMeSection(empty))).toContain('Nothing written here yet.');
	});

	it.each([
		['she/her', 'how best to support her.'],
		['he/him', 'how best to support him.'],
		['they/them', 'how best to support them.'],
		['xe/xem', 'how best to support Sarah.']
	])('writes about a child recorded as %s in their pronouns', (pronouns, expected) => {
		const text = textOf(aboutMeSection(contextOf({ ...sarah, child: { ...sarah.child, pronouns } })));
		expect(text).toContain(expected);
	});
});

describe('the team', () => {
	it('lists name, role in plain English, organisation and contact for everyone', () => {
		const text = textOf(teamSection(context));
		expectInOrder(text, [
			'Name',
			'Role',
			'Organisation',
			'Contact',
			'Sarah Okafor',
			'Child or young person',
			'Grace Okafor',
			'grace.okafor@example.org'
		]);
		expect(text).toContain('Speech and language therapist');
		expect(text).toContain('SENCo (special educational needs co-ordinator)');
		expect(text).toContain("Children's Community Health");
	});

	it('repeats its header row on every page it runs onto', () => {
		const [table] = nodesOf(teamSection(context)).filter((node) => 'table' in node);
		expect((table?.table as { headerRows?: number }).headerRows).toBe(1);
	});
});

describe('aspirations', () => {
	it("quotes each aspiration and says whose words they are, the child's first", () => {
		const plan = { ...sarah, aspirations: [sarah.aspirations[2]!, ...sarah.aspirations.slice(0, 2)] };
		const text = textOf(aspirationsSection(contextOf(plan)));
		expectInOrder(text, [
			'Aspiration 1',
			'“I want to have friends.”',
			'Sarah said',
			'Aspiration 2',
			'“I want to go into town with my friends on my own.”',
			'Aspiration 3',
			'“We want Sarah to feel confident and safe when she is out of the house.”',
			'A parent or carer said'
		]);
	});

	it('prints who said each aspiration, named when the plan records it', () => {
		const plan = {
			...sarah,
			child: { ...sarah.child, knownAs: 'Sadie' },
			aspirations: [
				sarah.aspirations[0]!,
				{ ...sarah.aspirations[2]!, saidBy: { name: 'Grace Okafor', recordedOn: '2026-12-03' } }
			]
		};
		const text = textOf(aspirationsSection(contextOf(plan)));
		expect(text).toContain('Sadie said');
		expect(text).toContain('Grace said');
		expect(text).not.toContain('A parent or carer said');
	});

	it('glosses the section and marks each item with its layer as a word, not colour alone', () => {
		const content = aspirationsSection(context);
		expect(textOf(content)).toContain('Hopes for the future');
		expect(textOf(content).match(/Aspiration \d/g)).toHaveLength(3);
	});
});

describe('needs', () => {
	it('groups needs under their area of need and names the aspirations they stand in the way of', () => {
		const text = textOf(needsSection(context));
		expectInOrder(text, [
			'Needs',
			'Communication and interaction',
			'Need 1',
			'Sarah has a language delay.',
			'Stands in the way of',
			'Aspiration 1: “I want to have friends.”',
			'Social, emotional and mental health',
			'Need 2',
			'Sarah can be socially vulnerable'
		]);
	});
});

describe('outcomes', () => {
	it('gives each outcome its target date, success criteria, what it serves and its steps', () => {
		const text = textOf(outcomesSection(context));
		expectInOrder(text, [
			'Outcome 1',
			'By the age of 16, Sarah will have a small group of friends',
			'Target date',
			'3 October 2028',
			'How we will know',
			'Sarah names at least two friends',
			'Works towards',
			'Aspiration 1: “I want to have friends.”',
			'Addresses',
			'Need 1: Sarah has a language delay.',
			'Need 2: Sarah can be socially vulnerable',
			'Steps along the way',
			'Sarah joins in a structured group activity',
			'By 5 March 2027.',
			'Outcome 2',
			'travel independently by bus'
		]);
		expect(text).toContain('An outcome is what Sarah will be able to do, and by when.');
		expect(text).not.toMatch(ISO_DATE);
	});

	it('says when an outcome has no target date or success criteria', () => {
		const { targetDate: _date, successCriteria: _criteria, ...bare } = sarah.outcomes[0]!;
		const text = textOf(outcomesSection(contextOf({ ...sarah, outcomes: [bare] })));
		expect(text).toContain('Target date: Not given yet');
		expect(text).toContain('How we will know: Not given yet');
	});
});

describe('provision', () => {
	const content = provisionSection(context);
	const table = nodesOf(content).find((node) => 'table' in node)?.table as { headerRows: number; body: unknown[][] };

	it('is a table of what, who, how often, how long, group size, start and review, its header row repeated', () => {
		expect(table.headerRows).toBe(1);
		expect(textOf(table.body[0] as Content[])).toBe([...PROVISION_HEADERS].join(' '));
		expect(PROVISION_HEADERS).toEqual(['What', 'Who', 'How often', 'How long', 'Group size', 'Start', 'Review']);
	});

	it('writes each provision in plain words, naming the outcomes it serves', () => {
		expect(textOf(table.body[1] as Content[])).toBe(
			'Provision 1 Travel training with buddy support on the routes between home, school and the town centre. For: Outcome 2: By the age of 16, Sarah will travel independently by bus… Independent travel trainer Tom Reilly 1 session a week 1 hour 30 minutes One to one 14 September 2026 5 March 2027'
		);
		expect(textOf(table.body[3] as Content[])).toContain(
			'Teaching assistant Ms Leah Hart 2 sessions a week 30 minutes Group of 6'
		);
	});

	it('starts on a landscape page of its own, so that seven columns have room', () => {
		expect(nodesOf(content)[0]).toMatchObject({ pageBreak: 'before', pageOrientation: 'landscape' });
		expect(textOf(content)).toContain('Provision is the support Sarah gets');
	});
});

describe('key dates', () => {
	it('lists the start, the review and every target and provision review date, in date order', () => {
		expect(keyDates(context).map(({ date, kind }) => `${date} ${kind}`)).toEqual([
			'2026-09-07 plan-start',
			'2027-03-05 step-target',
			'2027-03-05 step-target',
			'2027-03-05 provision-review',
			'2027-03-05 provision-review',
			'2027-03-05 provision-review',
			'2027-03-05 plan-review',
			'2028-10-03 outcome-target',
			'2028-10-03 outcome-target'
		]);
	});

	it('prints one row a day in UK form, saying what happens in plain words', () => {
		const text = textOf(keyDatesSection(context));
		expectInOrder(text, [
			'7 September 2026',
			'The plan starts',
			'5 March 2027',
			'Target date for step 1 of each of outcomes 1 and 2',
			'Review of provision 1 to 3',
			'Next review of the whole plan',
			'3 October 2028',
			'Target date for outcomes 1 and 2'
		]);
		expect(text).not.toMatch(ISO_DATE);
	});

	it('groups the steps of many outcomes into a line', () => {
		const day = Array.from({ length: 6 }, (_, index) => ({
			date: '2027-01-01',
			kind: 'step-target' as const,
			number: 1 + (index % 3),
			step: 1 + Math.floor(index / 3)
		}));
		expect(describeDay(day)).toEqual(['Target date for steps 1 and 2 of each of outcomes 1 to 3']);
	});
});

describe('sign-off', () => {
	it('has a line to sign and date for each member of the team and spare lines', () => {
		const content = signOffSection(context);
		const table = nodesOf(content).find((node) => 'table' in node)?.table as { body: unknown[][] };
		expect(table.body).toHaveLength(1 + sarah.team.length + BLANK_SIGN_OFF_LINES);
		expectInOrder(textOf(content), [
			'Agreeing the plan',
			'Signature',
			'Date',
			'Sarah Okafor',
			'Grace Okafor',
			'Tom Reilly',
			'Travel trainer, Independent Travel Training Service',
			'Name:'
		]);
	});
});

describe('the running header and footer', () => {
	it("puts the child's name and the plan's dates at the top of every page, and DRAFT on a draft's", () => {
		const header = textOf(pageHeader(sarah, 595));
		expect(header).toBe('Sarah Okafor Plan from 7 September 2026 · next review 5 March 2027 DRAFT');
		const agreed = textOf(pageHeader({ ...sarah, plan: { ...sarah.plan, status: 'agreed' } }, 595));
		expect(agreed).not.toContain('DRAFT');
	});

	it('cuts a very long name short in the header', () => {
		const long = { ...sarah, child: { ...sarah.child, firstName: 'A'.repeat(2000) } };
		expect(textOf(pageHeader(long, 595)).length).toBeLessThan(160);
	});

	it('says Confidential and "Page 2 of 5" at the foot', () => {
		expect(pageNumberText(2, 5)).toBe('Page 2 of 5');
		const footer = textOf(pageFooter(2, 5));
		expect(footer).toContain('Confidential');
		expect(footer).toContain('Page 2 of 5');
	});
});

describe('the whole document definition', () => {
	const options = { today: TODAY, author: 'Riverside Academy' };

	it('puts the sections in the order of the thread', () => {
		expectInOrder(textOf(planPdfContent(sarah)), [
			"Sarah's support plan",
			'About me',
			'The team around Sarah',
			'Aspirations',
			'Needs',
			'Outcomes',
			'Provision',
			'Key dates',
			'Agreeing the plan'
		]);
	});

	it('prints no ISO date anywhere', () => {
		for (const name of ['sarah', 'amara', 'kacper', 'tariq'] as const) {
			expect(textOf(planPdfContent(fixturePlan(name)))).not.toMatch(ISO_DATE);
		}
	});

	it('is A4 in en-GB, with the title, author and subject in its metadata, dated today', () => {
		const definition = planPdfDefinition(sarah, options);
		expect(definition.pageSize).toBe('A4');
		expect(definition.language).toBe(PDF_LANGUAGE);
		expect(PDF_LANGUAGE).toBe('en-GB');
		expect(definition.info).toMatchObject({
			title: "Sarah's support plan",
			author: 'Riverside Academy',
			subject: 'SEN support for Sarah Okafor. Plan from 7 September 2026 · next review 5 March 2027.'
		});
		expect(planPdfInfo(sarah, options).creationDate?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
	});

	it('marks only a draft with a DRAFT watermark', () => {
		expect(planPdfDefinition(sarah, options).watermark).toMatchObject({ text: 'DRAFT' });
		expect(
			planPdfDefinition({ ...sarah, plan: { ...sarah.plan, status: 'agreed' } }, options).watermark
		).toBeUndefined();
	});

	it('is built afresh for each render, as pdfmake changes what it is given', () => {
		expect(planPdfDefinition(sarah, options)).not.toBe(planPdfDefinition(sarah, options));
		expect(planPdfDefinition(sarah, options).content).not.toBe(planPdfDefinition(sarah, options).content);
	});

	it('refuses a today that is not an ISO date (the core never reads the clock)', () => {
		expect(() => planPdfDefinition(sarah, { today: '22/11/2026', author: 'x' })).toThrow(RangeError);
	});
});

describe('content kept together on one page', () => {
	it('is never more than a page can hold, even when every text is 2,000 characters (pdfmake drops the rest)', async () => {
		const { largestPlan } = await import('../../fixtures/largest-plan');
		const { parsed } = await import('./fixtures');
		const plan = parsed(largestPlan({ items: 3, stepsPerOutcome: 2, linksPerItem: 3 }));
		const kept = nodesOf(planPdfContent(plan)).filter((node) => node.unbreakable === true);
		expect(kept.length).toBeGreaterThanOrEqual(3);
		for (const node of kept) expect(textOf(node as unknown as Content).length).toBeLessThanOrEqual(1_900);
	});
});
