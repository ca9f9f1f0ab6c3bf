import { describe, expect, it } from 'vitest';
import { profileEntry } from '../../../src/lib/plan/profile-entry';
import { renderPlanPdf, planPdfFileName } from '../../../src/lib/pdf/plan/plan-pdf';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { expectInOrder, fixturePlan, TODAY } from '../../unit/pdf/fixtures';
import { pageCount, readPdf, type PageText } from './read-pdf';

const OPTIONS = { today: TODAY, author: 'Riverside Academy' };
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const sarah = fixturePlan('sarah');
const agreed: PlanDocument = { ...sarah, plan: { ...sarah.plan, status: 'agreed' } };

/** The section headings of the detail, each with the one line under it, for a child called `name`. */
function headingsWithGlosses(name: string): Array<[string, string]> {
	return [
		['About me', `A one-page profile: who ${name} is, and how best to support`],
		[`The team around ${name}`, `The people who help ${name}, including ${name} and ${name}’s family.`],
		['Needs', `What makes things harder for ${name} at the moment, grouped by area of need.`],
		['Outcomes', `An outcome is what ${name} will be able to do, and by when. Each one works towards ${name}’s hopes.`],
		[
			'Provision',
			`Provision is the support ${name} gets: what it is, who gives it, how much and until when, and the outcomes it helps with.`
		],
		['Key dates', 'The dates to put on the calendar, in date order.'],
		['Agreeing the plan', 'Agreeing the plan']
	];
}

/** No page ends with a section heading, or with a heading and its gloss line and nothing more. */
function expectNoHeadingAtPageFoot(pages: PageText[], name: string): void {
	pages.forEach((page, index) => {
		for (const [heading, gloss] of headingsWithGlosses(name)) {
			const at = page.body.lastIndexOf(`${heading} ${gloss}`);
			const after = at < 0 ? '' : page.body.slice(at + heading.length + 1 + gloss.length);
			// Only the rest of the gloss's sentence may follow on the page, never nothing of the section.
			expect(at >= 0 && !after.slice(after.indexOf('.') + 1).trim(), `page ${index + 1}: ${heading}`).toBe(false);
			expect(page.body.endsWith(heading), `page ${index + 1}: ${heading}`).toBe(false);
		}
	});
}

describe("Sarah's plan as a PDF, read back", async () => {
	const bytes = await renderPlanPdf(sarah, OPTIONS);
	const { pages, info } = await readPdf(bytes);
	const body = pages.map((page) => page.body).join(' ');

	it('is a PDF of A4 portrait pages only, the provision table among them', () => {
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(pages.length).toBeGreaterThan(3);
		for (const page of pages) {
			expect(page.width).toBeCloseTo(595.28, 1);
			expect(page.height).toBeCloseTo(841.89, 1);
			expect(page.width).toBeLessThan(page.height);
		}
		expect(body).toContain('What Who How much When');
	});

	it('runs to 5 pages at most, with nothing left out (the next test reads every item back)', () => {
		expect(pages.length).toBeLessThanOrEqual(5);
	});

	it('opens with the plan at a glance on page 1: the child’s words, the thread as one table, the next review and who to contact', () => {
		const first = pages[0]!.body;
		expectInOrder(first, [
			"Sarah's support plan",
			'SEN support (extra help from the school or setting for special educational needs)',
			'In Sarah’s words',
			'Aspiration 1 “I want to have friends.”',
			'Aspiration 2 “I want to go into town with my friends on my own.”',
			'What others hope for Sarah',
			'Aspiration 3 “We want Sarah to feel confident and safe when she is out of the house.”',
			'The plan at a glance',
			'Hopes Needs Outcome, and by when Provision: who, how often',
			'Aspiration 1',
			'Need 1: Communication and interaction',
			'Outcome 1',
			sarah.outcomes[0]!.text,
			'By 3 October 2028',
			'Provision 2: Learning mentor · 1 session a week',
			'Aspirations 2 and 3',
			'Outcome 2',
			sarah.outcomes[1]!.text,
			'Provision 1: Independent travel trainer, Tom Reilly · 1 session a week',
			'Next review of the plan: 5 March 2027',
			'Who to contact: Mr Daniel Price, SENCo',
			'd.price@riverside.example.org'
		]);
		expect(first).not.toContain('About this plan');
		expect(pages[1]!.body.startsWith('About this plan')).toBe(true);
	});

	it('never ends a page with a section heading and nothing of its section under it', () => {
		expectNoHeadingAtPageFoot(pages, 'Sarah');
	});

	it('has every section and every item of the plan, in the order of the thread', () => {
		expectInOrder(body, [
			"Sarah's support plan",
			// The child's own first.
			...sarah.aspirations.map((aspiration) => `“${aspiration.text}”`),
			'The plan at a glance',
			'About this plan',
			'About me',
			...sarah.profile!.likeAndAdmire!.map((entry) => profileEntry(entry).text),
			...sarah.profile!.important!.map((entry) => profileEntry(entry).text),
			...sarah.profile!.support!.map((entry) => profileEntry(entry).text),
			sarah.child.communication!,
			'The team around Sarah',
			...sarah.team.map((member) => member.name),
			'Needs',
			'Communication and interaction',
			sarah.needs[0]!.text,
			'Social, emotional and mental health',
			sarah.needs[1]!.text,
			'Outcomes',
			...sarah.outcomes.flatMap((outcome) => [
				outcome.text,
				outcome.successCriteria!,
				...outcome.steps.map((step) => step.text)
			]),
			'Provision',
			'What Who How much When',
			...sarah.provision.map((provision) => provision.text),
			'Key dates',
			'7 September 2026',
			'5 March 2027',
			'3 October 2028',
			'Agreeing the plan',
			...sarah.team.map((member) => member.name)
		]);
	});

	it('names the aspirations and needs each outcome serves, and the outcomes each provision serves', () => {
		expect(body).toContain('Works towards: Aspiration 1: “I want to have friends.”');
		expect(body).toContain(
			'Addresses: Need 1: Communication and interaction Need 2: Social, emotional and mental health'
		);
		expect(body).toContain('For: Outcome 2');
	});

	it('prints dates in UK form and never as ISO dates', () => {
		const all = pages.map((page) => page.all).join(' ');
		expect(all).toContain('5 March 2027');
		expect(all).toContain('14 September 2026');
		expect(all).not.toMatch(ISO_DATE);
	});

	it('carries the title, author, subject and language (en-GB) in its metadata', () => {
		expect(info).toMatchObject({
			Title: "Sarah's support plan",
			Author: 'Riverside Academy',
			Subject: 'SEN support for Sarah Okafor. Plan from 7 September 2026 · next review 5 March 2027.',
			Language: 'en-GB'
		});
		expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (en-GB)');
	});

	it('is the same, byte for byte, every time: nothing in it comes from the clock', async () => {
		expect(Buffer.from(await renderPlanPdf(sarah, OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
	});

	it('has a download name from the child and the start date', () => {
		expect(planPdfFileName(sarah)).toBe('Sarah-Okafor-support-plan-2026-09-07.pdf');
	});
});

describe('an agreed plan', () => {
	const agreement = {
		at: '2027-03-14T09:05:00.000Z',
		by: 'Daniel Price',
		tookPart: [sarah.team[0]!, sarah.team[1]!, sarah.team[2]!]
	};

	it('runs to 5 pages at most with four lines to sign, as the draft does', async () => {
		const four = { ...agreement, tookPart: [...agreement.tookPart, sarah.team[3]!] };
		const { pages } = await readPdf(await renderPlanPdf(agreed, { ...OPTIONS, agreement: four }));
		expect(pages.length).toBeLessThanOrEqual(5);
		expect(pages.at(-1)!.body).toContain(`${sarah.team[3]!.name}`);
	});

	it('says DRAFT nowhere', async () => {
		const { pages } = await readPdf(await renderPlanPdf(agreed, OPTIONS));
		for (const page of pages) expect(`${page.all} ${page.watermark}`).not.toContain('DRAFT');
	});

	it('says when it was agreed, by whom and who took part, and gives only them lines to sign', async () => {
		const { pages } = await readPdf(await renderPlanPdf(agreed, { ...OPTIONS, agreement }));
		const body = pages.map((page) => page.body).join(' ');
		const signOff = body.slice(body.lastIndexOf('Agreeing the plan'));
		expectInOrder(signOff, [
			'Agreed on 14 March 2027, recorded by Daniel Price.',
			'Who took part Signature Date',
			'Sarah Okafor Child or young person',
			'Grace Okafor Parent or carer',
			'Mr Daniel Price SENCo'
		]);
		for (const absent of ['Leah Hart', 'Priya Shah', 'Tom Reilly', 'Name:', 'Role:', 'will be asked']) {
			expect(signOff).not.toContain(absent);
		}
	});
});

describe('a draft', () => {
	it('says who will be asked to agree it, and has no lines to sign', async () => {
		const { pages } = await readPdf(await renderPlanPdf(sarah, OPTIONS));
		const body = pages.map((page) => page.body).join(' ');
		const signOff = body.slice(body.lastIndexOf('Agreeing the plan'));
		expect(signOff).toContain(
			'This plan is a draft. When it is ready, these people will be asked to agree it: Sarah Okafor (Child or young person), Grace Okafor (Parent or carer), Mr Daniel Price (SENCo), Ms Leah Hart (Teaching assistant), Priya Shah (Speech and language therapist) and Tom Reilly (Travel trainer).'
		);
		expect(signOff).not.toContain('Signature');
	});
});

describe('a need quoted under an outcome', () => {
	it('is never cut short with “…”: the outcome names it by number and area, and the need is printed in full', async () => {
		const long = `${sarah.needs[0]!.text} ${'She needs time and pictures to follow what is said in a busy classroom. '.repeat(6).trim()}`;
		const plan: PlanDocument = { ...sarah, needs: [{ ...sarah.needs[0]!, text: long }, sarah.needs[1]!] };
		const { pages } = await readPdf(await renderPlanPdf(plan, OPTIONS));
		const all = pages.map((page) => page.body).join(' ');
		expect(all).not.toContain('…');
		expect(all).toContain(long);
		expect(all).toContain('Addresses: Need 1: Communication and interaction');
	});
});

describe('the four example plans', () => {
	// Before the plan at a glance and the flowing layout: 9, 12, 14 and 20 pages.
	it.each([
		['sarah', 5],
		['amara', 10],
		['kacper', 10],
		['tariq', 13]
	] as const)("%s's plan runs to %i pages at most, all portrait", async (name, most) => {
		const bytes = await renderPlanPdf(fixturePlan(name), OPTIONS);
		expect(await pageCount(bytes)).toBeLessThanOrEqual(most);
		const { pages } = await readPdf(bytes);
		for (const page of pages) expect(page.width).toBeLessThan(page.height);
	});
});

describe("Tariq's plan, the longest example", async () => {
	const tariq = fixturePlan('tariq');
	const { pages } = await readPdf(await renderPlanPdf(tariq, OPTIONS));

	it('never splits a team member across pages: name and email on one page', () => {
		// An email wraps anywhere within its cell, so the page's text is read without spaces.
		const bare = (text: string) => text.replace(/\s/g, '');
		for (const member of tariq.team.filter((person) => person.email)) {
			const row = new RegExp(`${bare(member.name)}.{0,120}${bare(member.email!).replace(/[.]/g, '\\.')}`, 'u');
			expect(
				pages.some((page) => row.test(bare(page.body))),
				member.name
			).toBe(true);
		}
	});

	it('never ends a page with a section heading, and cuts nothing with “…”', () => {
		expectNoHeadingAtPageFoot(pages, 'Tariq');
		expect(pages.map((page) => page.body).join(' ')).not.toContain('…');
	});
});

describe("names from our families' languages", () => {
	const names = ['Zoë Ní Bhriain', 'Łukasz Wójcik', 'Nguyễn Thị Hương', "Siobhán O'Sullivan-Ahmed"];

	it('survive the round trip through the PDF', async () => {
		const team = names.map((name, index) => ({ id: `x${index}`, name, role: 'parent-carer' as const }));
		const plan: PlanDocument = { ...agreed, team: [...sarah.team, ...team] };
		const { pages } = await readPdf(await renderPlanPdf(plan, OPTIONS));
		const text = pages
			.map((page) => page.body)
			.join(' ')
			.normalize('NFC');
		for (const name of names) expect(text).toContain(name.normalize('NFC'));
	});
});

describe('the access policies (CVE-2026-26801)', () => {
	it('lets pdfmake fetch no URL and read no file but the fonts', async () => {
		const { preparedPdfmake, fontFiles } = await import('../../../src/lib/pdf/fonts');
		const pdfmake = preparedPdfmake() as unknown as {
			urlAccessPolicy: (url: string) => boolean;
			localAccessPolicy: (path: string) => boolean;
			createPdf(definition: unknown): { getBuffer(): Promise<Uint8Array> };
		};
		expect(pdfmake.urlAccessPolicy('https://example.org/x.png')).toBe(false);
		expect(pdfmake.localAccessPolicy('/etc/passwd')).toBe(false);
		for (const path of Object.values(fontFiles())) expect(pdfmake.localAccessPolicy(path)).toBe(true);
		const image = { content: [{ image: '/etc/hostname' }], defaultStyle: { font: 'NotoSans' } };
		await expect(pdfmake.createPdf(image).getBuffer()).rejects.toThrow(/denied/);
		const remote = { content: [{ image: 'https://example.org/x.png' }], defaultStyle: { font: 'NotoSans' } };
		await expect(pdfmake.createPdf(remote).getBuffer()).rejects.toThrow(/denied/);
	});
});
