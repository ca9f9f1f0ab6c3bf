/**
 * The child's Easy Read plan as a PDF, read back: every piece of text at 16 pt or more, at most 20 pages,
 * the title page and the pictures' licence on the last page, and nothing of what was left out.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	easyReadPlan,
	type EasyReadLine,
	type EasyReadPlan,
	type EasyReadWords
} from '../../../src/lib/easy-read/easy-read-plan';
import { pictureSets } from '../../../src/lib/easy-read/picture-sets';
import { choosePicture } from '../../../src/lib/easy-read/pictures';
import {
	EASY_READ_MOST_PAGES,
	easyReadPdfFileName,
	easyReadPdfTooLong,
	estimatedPages,
	isTooLongRefusal,
	renderEasyReadPdf
} from '../../../src/lib/pdf/easy-read/easy-read-pdf';
import { applyPdfmakePatches } from '../../../src/lib/server/pdf/pdfmake-patches/index';
import { largestPlan } from '../../fixtures/largest-plan';
import { fixturePlan, parsed, TODAY } from '../../unit/pdf/fixtures';
import { pageCount, readPdf } from './read-pdf';
import { elementsOf, readStructure } from './read-structure';

const OPTIONS = { today: TODAY, author: 'Riverside Academy' };
const sarah = fixturePlan('sarah');
const child = { firstName: 'Sarah', lastName: 'Okafor' };

/** Easy Read words for every item of Sarah's plan but her second need. */
const words = new Map<string, EasyReadWords>([
	['n1', { text: 'I find talking hard.\nI need time to think before I answer.', picture: null }],
	['o1', { text: 'I will make friends and meet them in town.', picture: null }],
	['o2', { text: 'I will go on the bus on my own.', picture: null }],
	['p2', { text: 'A mentor helps me find clubs I like.', picture: null }]
]);

/** The size of every piece of text on every page, in points, with the text. */
async function textSizes(bytes: Uint8Array): Promise<Array<{ text: string; size: number; page: number }>> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
	try {
		const sizes: Array<{ text: string; size: number; page: number }> = [];
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			for (const item of (await page.getTextContent()).items) {
				if (!('str' in item) || item.str.trim() === '') continue;
				const [, , c = 0, d = 0] = item.transform as number[];
				sizes.push({ text: item.str, size: Math.hypot(c, d), page: number });
			}
		}
		return sizes;
	} finally {
		await document.destroy();
	}
}

// Rendered as the server renders, with the pdfmake patches in (SVG pictures among tagged content).
beforeAll(() => {
	applyPdfmakePatches();
});

describe("Sarah's Easy Read PDF", () => {
	const plan = easyReadPlan(sarah, words, TODAY);
	let bytes: Uint8Array;
	beforeAll(async () => {
		bytes = await renderEasyReadPdf(plan, child, {
			...OPTIONS,
			check: { checkedBy: 'Priya Shah', checkedOn: '2026-11-20' }
		});
	});

	it('sets every piece of text at 16 pt or more, the words at 20', async () => {
		const sizes = await textSizes(bytes);
		expect(sizes.length).toBeGreaterThan(30);
		for (const { text, size, page } of sizes) expect(size, `page ${page}: ${text}`).toBeGreaterThanOrEqual(16);
		expect(sizes.find((item) => item.text.startsWith('I want to have friends'))?.size).toBeCloseTo(20, 1);
	});

	it('opens with "My plan", her name and who checked it, and ends with the pictures’ licence', async () => {
		const { pages, info } = await readPdf(bytes);
		expect(pages.length).toBeLessThanOrEqual(EASY_READ_MOST_PAGES);
		expect(pages[0]!.all).toContain('My plan Sarah Checked by Priya Shah on 20 November 2026.');
		expect(pages.at(-1)!.all).toContain(pictureSets.openmoji.attribution);
		expect(
			pages
				.slice(0, -1)
				.map((page) => page.all)
				.join(' ')
		).not.toContain('OpenMoji');
		expect(info.Title).toBe('My plan: Sarah Okafor (Easy Read)');
	});

	it('has every line of the Easy Read plan, in order, and nothing of what was left out', async () => {
		const all = (await readPdf(bytes)).pages.map((page) => page.all).join(' ');
		let from = 0;
		for (const section of plan.sections) {
			for (const line of [section.heading, ...section.entries.flatMap((e) => e.lines.map((l) => l.text))]) {
				const text = line.replace(/\s+/g, ' ');
				const at = all.indexOf(text, from);
				expect(at, text).toBeGreaterThanOrEqual(0);
				from = at + text.length;
			}
		}
		expect(plan.needsEasyRead.map((item) => item.itemId)).toEqual(['n2']);
		expect(all).not.toContain(sarah.needs[1]!.text.slice(0, 30));
		expect(all).not.toMatch(/Easy Read version|left out/i);
	});

	it('never breaks a line inside a date: the review date goes whole onto the next line', async () => {
		const lines = (await readPdf(bytes)).pages.flatMap((page) => page.lines);
		for (const date of ['20 November 2026', '3 October 2028', '5 March 2027']) {
			expect(lines.filter((line) => line.includes(date)).length, date).toBeGreaterThan(0);
		}
		// "We will look at my plan again on 5 March 2027." is wider than the column at 20 pt.
		const at = lines.indexOf('We will look at my plan again on');
		expect(lines[at + 1]).toBe('5 March 2027.');
	});

	it('is tagged for a screen reader: "My plan" its heading, a heading a section, each line read once', async () => {
		const structure = await readStructure(bytes);
		expect(structure.marked).toBe(true);
		expect(structure.language).toBe('en-GB');
		const elements = structure.pages.flatMap((page) => elementsOf(page.elements));
		expect(elements.filter((node) => node.role === 'H1').map((node) => node.text)).toEqual(['My plan']);
		expect(elements.filter((node) => node.role === 'H2').map((node) => node.text)).toEqual([
			...plan.sections.map((section) => section.heading),
			'About the pictures'
		]);
		expect(elements.filter((node) => node.text === 'I find talking hard.')).toHaveLength(1);
		expect(structure.pages.map((page) => page.unmarked.trim())).toEqual(structure.pages.map(() => ''));
	});

	it('is named for her and the day it was made', () => {
		expect(easyReadPdfFileName(child, TODAY)).toBe(`Sarah-Okafor-my-plan-easy-read-${TODAY}.pdf`);
	});
});

/** A plan of `entries` items, each of `lines` lines of `length` characters: the shapes the length check must hold for. */
function syntheticPlan(
	entries: number,
	lines: number,
	length: number,
	words = 'I like to read books with my friends at school and at home every day. '
): EasyReadPlan {
	const text = words.repeat(60).slice(0, length);
	const line = (): EasyReadLine => ({ text, picture: choosePicture('outcome', text) });
	return {
		childName: 'Sarah',
		sections: [
			{
				key: 'working-on',
				heading: 'What I am working on',
				entries: Array.from({ length: entries }, (_, index) => ({
					itemId: `o${index}`,
					lines: Array.from({ length: lines }, line)
				}))
			}
		],
		needsEasyRead: []
	};
}

describe('the 20 pages of Easy Read', () => {
	it('a plan of everyday words the length check lets through prints on 20 pages at most, whatever the length of its lines', async () => {
		for (const [lines, length] of [
			[1, 20],
			[4, 30],
			[2, 70],
			[1, 200]
		] as const) {
			let entries = 1;
			while (estimatedPages(syntheticPlan(entries + 1, lines, length)) <= EASY_READ_MOST_PAGES) entries += 1;
			const plan = syntheticPlan(entries, lines, length);
			expect(easyReadPdfTooLong(plan)).toBeUndefined();
			const pages = await pageCount(await renderEasyReadPdf(plan, child, OPTIONS));
			expect(pages, `${entries} items of ${lines} lines of ${length} characters`).toBeLessThanOrEqual(
				EASY_READ_MOST_PAGES
			);
			// The estimate errs long, but not by much: the limit is not reached by refusing plans that would fit.
			expect(pages, `${entries} items of ${lines} lines of ${length} characters`).toBeGreaterThanOrEqual(
				EASY_READ_MOST_PAGES - 6
			);
		}
	}, 120_000);

	it('a plan of wider words than the estimate allows for is refused by the render, saying why', async () => {
		const wide = (count: number) => syntheticPlan(count, 1, 200, 'WOMEN MUM WWW MOM MMW ');
		let entries = 1;
		while (estimatedPages(wide(entries + 1)) <= EASY_READ_MOST_PAGES) entries += 1;
		expect(easyReadPdfTooLong(wide(entries))).toBeUndefined();
		const refusal = await renderEasyReadPdf(wide(entries), child, OPTIONS).then(
			() => '',
			(failure: Error) => failure.message
		);
		expect(isTooLongRefusal(refusal)).toBe(true);
		expect(refusal).toMatch(/^The Easy Read plan would need about 2\d pages, and Easy Read keeps to 20\./);
	}, 120_000);

	it('the largest plan: left out whole with no Easy Read words; refused, saying why, with words for every item', async () => {
		// Every list at 200 items and every text at 2,000 characters (steps and links play no part in Easy Read).
		const largest = parsed(largestPlan({ stepsPerOutcome: 1, linksPerItem: 1 }));
		const bare = easyReadPlan(largest, new Map(), TODAY);
		expect(bare.needsEasyRead).toHaveLength(800);
		// Its child is known by a name of 2,000 characters, which takes the title page and 4 more.
		const check = { checkedBy: bare.childName, checkedOn: TODAY };
		const pages = await pageCount(await renderEasyReadPdf(bare, child, { ...OPTIONS, check }));
		expect(pages).toBeLessThanOrEqual(estimatedPages(bare, check));
		expect(estimatedPages(bare, check)).toBeLessThanOrEqual(EASY_READ_MOST_PAGES);

		const everyItem = new Map<string, EasyReadWords>(
			[...largest.aspirations, ...largest.needs, ...largest.outcomes, ...largest.provision].map((item) => [
				item.id,
				{ text: 'I want to read books with my friends.', picture: null }
			])
		);
		const full = easyReadPlan(largest, everyItem, TODAY);
		expect(full.needsEasyRead).toEqual([]);
		expect(estimatedPages(full)).toBeGreaterThan(EASY_READ_MOST_PAGES);
		expect(easyReadPdfTooLong(full)).toMatch(
			/^The Easy Read plan would need about \d+ pages, and Easy Read keeps to 20\. Keep the Easy Read words to the few things that matter most to /
		);
	}, 120_000);
});
