import { describe, expect, it } from 'vitest';
import { profileEntry } from '../../../src/lib/plan/profile-entry';
import { renderPlanPdf, planPdfFileName } from '../../../src/lib/pdf/plan/plan-pdf';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { expectInOrder, fixturePlan, TODAY } from '../../unit/pdf/fixtures';
import { readPdf } from './read-pdf';

const OPTIONS = { today: TODAY, author: 'Riverside Academy' };
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const sarah = fixturePlan('sarah');
const agreed: PlanDocument = { ...sarah, plan: { ...sarah.plan, status: 'agreed' } };

describe("Sarah's plan as a PDF, read back", async () => {
	const bytes = await renderPlanPdf(sarah, OPTIONS);
	const { pages, info } = await readPdf(bytes);
	const body = pages.map((page) => page.body).join(' ');

	it('is a PDF of A4 pages, portrait but for the landscape provision pages', () => {
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(pages.length).toBeGreaterThan(3);
		for (const page of pages) {
			const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
			expect(short).toBeCloseTo(595.28, 1);
			expect(long).toBeCloseTo(841.89, 1);
		}
		const landscape = pages.filter((page) => page.width > page.height);
		expect(landscape.length).toBeGreaterThan(0);
		expect(landscape.every((page) => page.body.includes('What Who How often How long Group size Start Review'))).toBe(
			true
		);
	});

	it("has the child's name and the plan's dates at the top of every page", () => {
		for (const page of pages) {
			expect(page.header).toContain('Sarah Okafor');
			expect(page.header).toContain('Plan from 7 September 2026 · next review 5 March 2027');
		}
	});

	it('numbers every page "Page N of M" and says Confidential at the foot of each', () => {
		pages.forEach((page, index) => {
			expect(page.footer).toContain(`Page ${index + 1} of ${pages.length}`);
			expect(page.footer).toContain('Confidential');
		});
	});

	it('says DRAFT on every page of a draft, in the header and across the page', () => {
		for (const page of pages) {
			expect(page.header).toContain('DRAFT');
			expect(page.watermark).toBe('DRAFT');
		}
	});

	it('has every section and every item of the plan, in the order of the thread', () => {
		expectInOrder(body, [
			"Sarah's support plan",
			'About me',
			...sarah.profile!.likeAndAdmire!.map((entry) => profileEntry(entry).text),
			...sarah.profile!.important!.map((entry) => profileEntry(entry).text),
			...sarah.profile!.support!.map((entry) => profileEntry(entry).text),
			sarah.child.communication!,
			'The team around Sarah',
			...sarah.team.map((member) => member.name),
			'Aspirations',
			// The child's own first.
			...sarah.aspirations.map((aspiration) => `“${aspiration.text}”`),
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
			'What',
			'Who',
			'How often',
			'How long',
			'Group size',
			'Start',
			'Review',
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
		expect(body).toContain('Addresses: Need 1: Sarah has a language delay.');
		expect(body).toContain('For: Outcome 2: By the age of 16, Sarah will travel independently by bus…');
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
	it('says DRAFT nowhere', async () => {
		const { pages } = await readPdf(await renderPlanPdf(agreed, OPTIONS));
		for (const page of pages) expect(`${page.all} ${page.watermark}`).not.toContain('DRAFT');
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
