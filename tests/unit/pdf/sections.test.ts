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
import { signOffSection } from '../../../src/lib/pdf/sections/sign-off';
import { teamSection } from '../../../src/lib/pdf/sections/team';
import { detailsSection, titleSection } from '../../../src/lib/pdf/sections/title';
import { expectInOrder, fixturePlan, nodesOf, textOf, TODAY } from './fixtures';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const sarah = fixturePlan('sarah');
const context = contextOf(sarah);

describe('the title and the details of the plan', () => {
	const titleAndDetails = (plan: typeof sarah) => {
		const fresh = contextOf(plan);
		return textOf([...titleSection(fresh), ...detailsSection(fresh)]);
	};

	it('names the child, the kind of plan in plain English and the dates in UK form', () => {
		const text = titleAndDetails(sarah);
		expect(text).toContain("Sarah's support plan");
		expect(text).toContain('Sarah Okafor');
		expect(text).toContain('SEN support');
		expect(text).toContain('3 October 2012');
		expect(text).toContain('7 September 2026');
		expect(text).toContain('5 March 2027');
		expect(text).not.toMatch(ISO_DATE);
	});

	it('says a draft has not been agreed, and says nothing of the kind for an agreed plan', () => {
		expect(titleAndDetails(sarah)).toContain('has not been agreed yet');
		expect(titleAndDetails({ ...sarah, plan: { ...sarah.plan, status: 'agreed' } })).not.toContain('not been agreed');
	});

	it('glosses SEN support and an EHC plan in plain English the first time, and only then', () => {
		const sen = titleAndDetails(sarah);
		expect(sen).toContain('SEN support (extra help from the school or setting for special educational needs)');
		expect(sen.match(/SEN support \(/g)).toHaveLength(1);
		expect(sen).toContain('Kind of plan SEN support Status');
		const ehc = titleAndDetails({ ...sarah, plan: { ...sarah.plan, kind: 'ehc-plan' } });
		expect(ehc).toContain('EHC plan (education, health and care plan: a legal document from the local council');
		expect(ehc.match(/EHC plan \(/g)).toHaveLength(1);
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
		const text = textOf(teamSection(contextOf(sarah)));
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
		expect(text).toContain('SENCo (special educational needs co-ordinator, who organises this support)');
		expect(text).toContain("Children's Community Health");
	});

	it('repeats its header row on every page it runs onto, and never splits a person across pages', () => {
		const [table] = nodesOf(teamSection(context)).filter((node) => 'table' in node);
		expect(table?.table).toMatchObject({ headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1 });
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

	it("puts the child's own words first under their name, then what others hope, each marked with its layer as a word", () => {
		const text = textOf(aspirationsSection(context));
		expectInOrder(text, [
			'In Sarah’s words',
			'“I want to have friends.”',
			'“I want to go into town with my friends on my own.”',
			'What others hope for Sarah',
			'“We want Sarah to feel confident'
		]);
		expect(text.match(/Aspiration \d/g)).toHaveLength(3);
	});

	it("says when nothing is in the child's own words yet", () => {
		const others = { ...sarah, aspirations: [sarah.aspirations[2]!] };
		expect(textOf(aspirationsSection(contextOf(others)))).toContain(
			'Nothing in Sarah’s own words has been written down yet.'
		);
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
			'Need 1: Communication and interaction',
			'Need 2: Social, emotional and mental health',
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
	const table = nodesOf(content).find((node) => 'table' in node)?.table as {
		headerRows: number;
		dontBreakRows: boolean;
		keepWithHeaderRows: number;
		widths: unknown[];
		body: unknown[][];
	};

	it('is a table of what, who, how much and when, its header row repeated', () => {
		expect(table.headerRows).toBe(1);
		expect(textOf(table.body[0] as Content[])).toBe([...PROVISION_HEADERS].join(' '));
		expect(PROVISION_HEADERS).toEqual(['What', 'Who', 'How much', 'When']);
	});

	it('writes each provision in plain words, naming the outcomes it serves by number', () => {
		expect(textOf(table.body[1] as Content[])).toBe(
			'Provision 1 Travel training with buddy support on the routes between home, school and the town centre. For: Outcome 2 Independent travel trainer Tom Reilly 1 session a week 1 hour 30 minutes each One to one Starts 14 September 2026 Review 5 March 2027'
		);
		expect(textOf(table.body[3] as Content[])).toContain(
			'Teaching assistant Ms Leah Hart 2 sessions a week 30 minutes each Group of 6'
		);
	});

	it('stays on portrait pages in the flow of the document, and never splits a row across pages', () => {
		for (const node of nodesOf(content)) {
			expect(node.pageOrientation).toBeUndefined();
			expect(node.pageBreak).toBeUndefined();
		}
		expect(table).toMatchObject({ dontBreakRows: true, keepWithHeaderRows: 1 });
		expect(table.widths).toHaveLength(4);
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
	const agreedPlan = { ...sarah, plan: { ...sarah.plan, status: 'agreed' as const } };
	const agreement = {
		at: '2027-03-14T09:05:00.000Z',
		by: 'Daniel Price',
		tookPart: [sarah.team[1]!, sarah.team[2]!, sarah.team[5]!]
	};
	const tableOf = (content: Content[]) =>
		nodesOf(content).find((node) => 'table' in node)?.table as { body: unknown[][] } | undefined;

	it('says for a draft who will be asked to agree it, with no lines to sign', () => {
		const content = signOffSection(contextOf(sarah));
		expect(tableOf(content)).toBeUndefined();
		expectInOrder(textOf(content), [
			'Agreeing the plan',
			'This plan is a draft. When it is ready, these people will be asked to agree it:',
			'Sarah Okafor (Child or young person)',
			'Grace Okafor (Parent or carer)',
			'Tom Reilly (Travel trainer)'
		]);
		expect(textOf(content)).not.toContain('Name:');
	});

	it('says for an agreed plan when it was agreed, by whom and who took part, with a line to sign for each of them only', () => {
		const content = signOffSection(contextOf(agreedPlan, agreement));
		const text = textOf(content);
		expectInOrder(text, [
			'Agreeing the plan',
			'Agreed on',
			'14 March 2027',
			'recorded by',
			'Daniel Price',
			'Who took part',
			'Signature',
			'Date',
			'Grace Okafor',
			'Mr Daniel Price',
			'Tom Reilly'
		]);
		expect(text).not.toContain('draft');
		const body = tableOf(content)!.body;
		expect(body).toHaveLength(1 + agreement.tookPart.length);
		expect(body.slice(1).map((row) => textOf(row[0] as Content))).toEqual([
			'Grace Okafor Parent or carer',
			'Mr Daniel Price SENCo',
			'Tom Reilly Travel trainer'
		]);
		expect(text).not.toContain('Sarah Okafor');
	});

	it('says when an agreed plan recorded no one as taking part, and gives no lines to sign', () => {
		const content = signOffSection(contextOf(agreedPlan, { ...agreement, tookPart: [] }));
		expect(textOf(content)).toContain('recorded by Daniel Price . Who took part was not recorded.');
		expect(tableOf(content)).toBeUndefined();
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

	it('puts the plan at a glance first, then the sections in the order of the thread', () => {
		expectInOrder(textOf(planPdfContent(sarah)), [
			"Sarah's support plan",
			'In Sarah’s words',
			'The plan at a glance',
			'Next review of the plan',
			'Who to contact',
			'About this plan',
			'About me',
			'The team around Sarah',
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
