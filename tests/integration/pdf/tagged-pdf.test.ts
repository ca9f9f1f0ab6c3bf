/**
 * The plan's PDF is a tagged PDF a screen reader can follow (PDF/UA): Sarah's plan, rendered as the
 * server renders it (every pdfmake patch in, `tagged-structure` among them) and read back through
 * its structure tree. And without that patch the PDF does not claim to be tagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileEntry } from '../../../src/lib/plan/profile-entry';
import { startRenderer, type RendererProcess } from '../../bench/pdf-renderer-process';
import { fixturePlan } from '../../unit/pdf/fixtures';
import { readPdf, type ReadPdf } from './read-pdf';
import { elementsOf, readStructure, type ReadStructure, type StructureNode } from './read-structure';

const sarah = fixturePlan('sarah');
let renderers: RendererProcess[] = [];
let tagged: ReadStructure;
let text: ReadPdf;
let untagged: ReadStructure;

beforeAll(async () => {
	renderers = await Promise.all([startRenderer(undefined), startRenderer('-tagged-structure')]);
	const [withTags, withoutTags] = await Promise.all(renderers.map((renderer) => renderer.render('sarah')));
	[tagged, text, untagged] = await Promise.all([
		readStructure(withTags!.bytes),
		readPdf(withTags!.bytes),
		readStructure(withoutTags!.bytes)
	]);
}, 60_000);

afterAll(() => {
	for (const renderer of renderers) renderer.close();
});

const isHeading = (node: StructureNode) => /^H[1-6]$/.test(node.role);
const allElements = (structure: ReadStructure) => structure.pages.flatMap((page) => elementsOf(page.elements));

/** The tables of the document, each as its rows of cells, "TH Hopes", "TD Aspiration 1". */
function tables(): string[][][] {
	return allElements(tagged)
		.filter((node) => node.role === 'Table')
		.map((table) =>
			table.children.map((row) => {
				expect(row.role).toBe('TR');
				return row.children.map((cell) => `${cell.role} ${cell.text}`.trim());
			})
		);
}

/** The one table whose first row is `headers` (on the page where it starts). */
function tableHeadedBy(headers: readonly string[]): string[][] {
	const found = tables().filter((rows) => rows[0]?.join(' | ') === headers.map((header) => `TH ${header}`).join(' | '));
	expect(found.length, headers.join(', ')).toBeGreaterThan(0);
	return found[0]!;
}

describe("Sarah's plan as a tagged PDF", () => {
	it('says it is tagged, in British English, with its title shown in the title bar', () => {
		expect(tagged.marked).toBe(true);
		expect(tagged.language).toBe('en-GB');
		expect(tagged.displayDocTitle).toBe(true);
		expect(tagged.title).toBe(sarah.plan.title);
	});

	it('has one Document in its structure on every page, and no text left out of it but artifacts', () => {
		expect(tagged.pages).toHaveLength(text.pages.length);
		tagged.pages.forEach((page, index) => {
			expect(
				page.elements.map((node) => node.role),
				`page ${index + 1}`
			).toEqual(['Document']);
			expect(page.unmarked, `page ${index + 1}`).toBe('');
		});
	});

	it('has its headings in order, the plan’s title first, never skipping a level', () => {
		const headings = allElements(tagged)
			.filter(isHeading)
			.map((node) => `${node.role} ${node.text}`);
		expect(headings).toEqual([
			`H1 ${sarah.plan.title}`,
			'H2 In Sarah’s words',
			'H3 What others hope for Sarah',
			'H2 The plan at a glance',
			'H2 About this plan',
			'H2 About me',
			'H3 What people like and admire about me',
			'H3 What is important to me',
			'H3 How best to support me',
			'H3 How I communicate',
			'H2 The team around Sarah',
			'H2 Needs',
			'H3 Communication and interaction',
			'H3 Social, emotional and mental health',
			'H2 Outcomes',
			'H2 Provision',
			'H2 Key dates',
			'H2 Agreeing the plan'
		]);
		headings.reduce((previous, heading) => {
			const level = Number(heading[1]);
			expect(level, heading).toBeLessThanOrEqual(previous + 1);
			return level;
		}, 0);
	});

	it('reads each page in the order it is laid out: the tagged text is the page’s text, but for repeated table headers', () => {
		tagged.pages.forEach((page, index) => {
			const tagged = page.elements.map((node) => node.text).join(' ');
			const body = text.pages[index]!.body;
			expect(body.endsWith(tagged), `page ${index + 1}`).toBe(true);
			const repeated = body.slice(0, body.length - tagged.length).trim();
			expect(['', 'Name Role Organisation Contact', 'What Who How much When'], `page ${index + 1}`).toContain(repeated);
		});
	});

	it('has the plan at a glance and the provision as tables with header cells, a row for each outcome and provision', () => {
		const glance = tableHeadedBy(['Hopes', 'Needs', 'Outcome, and by when', 'Provision: who, how often']);
		expect(glance.slice(1).map((row) => row[2])).toEqual(
			sarah.outcomes.map((outcome, index) => expect.stringContaining(`TD Outcome ${index + 1} ${outcome.text}`))
		);
		const provision = tables()
			.filter((rows) => rows.some((row) => row.some((cell) => cell.startsWith('TD Provision '))))
			.flatMap((rows) => rows.filter((row) => row[0]?.startsWith('TD Provision ')));
		expect(provision.map((row) => row[0])).toEqual(
			sarah.provision.map((item, index) => expect.stringContaining(`TD Provision ${index + 1} ${item.text}`))
		);
		expect(tableHeadedBy(['What', 'Who', 'How much', 'When']).length).toBeGreaterThan(1);
		for (const rows of tables()) {
			// Every row of a table has as many cells as its first (no spans in this PDF).
			for (const row of rows) expect(row.length).toBe(rows[0]!.length);
		}
	});

	it('has the profile as lists of items, each list whole under its heading', () => {
		const document = allElements(tagged);
		const lists = document.filter((node) => node.role === 'L');
		const listed = lists.map((list) =>
			list.children.map((item) => {
				expect(item.role).toBe('LI');
				expect(item.children.map((part) => part.role)).toEqual(['LBody']);
				return item.text;
			})
		);
		const support = sarah.profile!.support!.map((entry) => profileEntry(entry).text);
		expect(listed).toContainEqual(support.map((entry) => expect.stringContaining(entry)));
		const heading = document.findIndex((node) => node.text === 'How best to support me');
		expect(document[heading + 1]?.role).toBe('L');
	});

	it('draws the running header and footer, and the DRAFT watermark, as artifacts only', () => {
		tagged.pages.forEach((page, index) => {
			const pageText = text.pages[index]!;
			expect(page.artifacts).toContain(pageText.header);
			expect(page.artifacts).toContain(pageText.footer);
			expect(page.artifacts).toContain('DRAFT');
			const tagged = page.elements.map((node) => node.text).join(' ');
			expect(tagged).not.toContain(`Page ${index + 1} of`);
			expect(tagged).not.toContain('Confidential');
		});
	});

	it('is not marked as tagged, with no structure, when the tagged-structure patch is off', () => {
		expect(untagged.marked).toBe(false);
		expect(untagged.pages.every((page) => page.elements.length === 0)).toBe(true);
		expect(untagged.language).toBe('en-GB');
	});
});
