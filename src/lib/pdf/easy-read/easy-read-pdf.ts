/**
 * "My plan" in Easy Read as a PDF, for the child: A4, large type (20 pt words, larger headings, nothing
 * under 16 pt), each line's picture on the left and its words on the right, a title page with the
 * child's name, and the pictures' licence and attribution on the last page. It prints exactly the Easy
 * Read plan it is given: items without an Easy Read version are not in it, and it says nothing of them
 * (the adult printing it was told on the page). At most 20 pages: a plan that would need more is
 * refused, by an estimate before any work (`easyReadPdfTooLong`) and by the page count after it.
 *
 * Knows nothing of SvelteKit or the database, and never reads the clock: `today` comes in.
 */
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatUkDateOnOneLine } from '../../dates/format';
import { isIsoDate, toUtcDate, type IsoDate } from '../../dates/iso-date';
import type { EasyReadLine, EasyReadPlan } from '../../easy-read/easy-read-plan';
import { pictureSvg } from '../../easy-read/picture-files';
import { pictureSets } from '../../easy-read/picture-sets';
import { childPdfFileName } from '../file-name';
import { preparedPdfmake } from '../fonts';
import { pageNumberText } from '../sections/page-footer';
import { headingsByStyle, taggedDocument } from '../tags';
import { fixTextLayer, needsTextLayerFix } from '../text-layer';
import { colours, FONT } from '../theme';

/** The most pages an Easy Read plan may have (the Department of Health's 2010 guidance). */
export const EASY_READ_MOST_PAGES = 20;

/** Who checked the Easy Read version with the child, and when. */
export interface EasyReadCheck {
	checkedBy: string;
	checkedOn: IsoDate;
}

/** What a render needs besides the plan. */
export interface EasyReadPdfOptions {
	/** Today's date (ISO): the PDF's creation date. */
	today: IsoDate;
	/** The organisation the PDF comes from, for its metadata. */
	author: string;
	check?: EasyReadCheck;
}

/** The child's name and surname for the file and the metadata (the Easy Read plan itself uses the name they are called). */
export interface EasyReadChild {
	firstName: string;
	lastName: string;
}

/** A4 in points, and its margins: wide, so the page never feels crowded. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGINS: [number, number, number, number] = [56, 56, 56, 64];
/** The picture's side, and the room between it and the words. */
const PICTURE = 48;
const PICTURE_GAP = 16;

const SIZES = { title: 44, name: 32, heading: 28, body: 20, footer: 16 } as const;

const styles: StyleDictionary = {
	title: { fontSize: SIZES.title, bold: true, margin: [0, 160, 0, 12] },
	name: { fontSize: SIZES.name, margin: [0, 0, 0, 40] },
	heading: { fontSize: SIZES.heading, bold: true, margin: [0, 12, 0, 14] },
	line: { fontSize: SIZES.body, lineHeight: 1.2 },
	footer: { fontSize: SIZES.footer, color: colours.muted }
};

/**
 * How tall each part prints, in points, for the length check: measured on these sizes and rounded up
 * (tests/unit/pdf/easy-read-pdf.test.ts renders plans at the limit and counts their pages).
 */
const ROW = 30;
const LINE_GAP = 14;
const ENTRY_GAP = 14;
const HEADING = 70;
/** Characters a row of words holds at 20 pt, counted low so that the estimate errs long. */
const ROW_CHARACTERS = 30;
/** The page's room for lines; the title page and the attribution page come on top. */
const PAGE_ROOM = PAGE.height - MARGINS[1] - MARGINS[3];

/** A line's height on the page: its rows of words, or the picture's height when that is taller. */
function lineHeight(line: EasyReadLine): number {
	return Math.max(PICTURE, rows(line.text, ROW_CHARACTERS) * ROW) + LINE_GAP;
}

/** Rows of `text` at a size whose row holds `characters`, at least one. */
const rows = (text: string, characters: number) => Math.max(1, Math.ceil(text.length / characters));

/** The title page's height: the title, the name (32 pt, about 21 characters a row) and who checked it. */
function titleHeight(plan: EasyReadPlan, check: EasyReadCheck | undefined): number {
	const checked = check ? rows(`Checked by ${check.checkedBy} on 30 September 2026.`, ROW_CHARACTERS) * ROW : 0;
	return 230 + rows(plan.childName, 21) * 46 + 40 + checked;
}

/**
 * About how many pages the PDF takes: the title page (more if the name is very long), the sections
 * (counting every gap a page break could leave) and the page about the pictures.
 */
export function estimatedPages(plan: EasyReadPlan, check?: EasyReadCheck): number {
	let pages = 1;
	let used = 0;
	const place = (height: number) => {
		if (used + height > PAGE_ROOM) {
			pages += 1;
			used = 0;
		}
		used += height;
	};
	for (const section of plan.sections) {
		section.entries.forEach((entry, index) => {
			const height = entry.lines.reduce((sum, line) => sum + lineHeight(line), ENTRY_GAP);
			place(index === 0 ? height + HEADING : height);
		});
	}
	return Math.ceil(titleHeight(plan, check) / PAGE_ROOM) + pages + 1;
}

const TOO_LONG = 'The Easy Read plan would need';

/** Why a plan of `pages` pages is not made into an Easy Read PDF, for the adult. */
function tooLong(pages: number, childName: string): string {
	return `${TOO_LONG} about ${pages} pages, and Easy Read keeps to ${EASY_READ_MOST_PAGES}. Keep the Easy Read words to the few things that matter most to ${childName}.`;
}

/** Whether a failed render's message is `renderEasyReadPdf`'s refusal of a PDF past 20 pages (it crosses a worker as text). */
export function isTooLongRefusal(message: string): boolean {
	return message.startsWith(TOO_LONG);
}

/**
 * Why the plan cannot be made into an Easy Read PDF, for the adult; undefined when it can. An estimate,
 * made before any work: wider words than it allows for may still take a plan past 20 pages, and the
 * render then refuses it.
 */
export function easyReadPdfTooLong(plan: EasyReadPlan, check?: EasyReadCheck): string | undefined {
	const pages = estimatedPages(plan, check);
	return pages <= EASY_READ_MOST_PAGES ? undefined : tooLong(pages, plan.childName);
}

/** A line: its picture on the left, drawn as its set drew it, and its words on the right. */
function lineContent(line: EasyReadLine): Content {
	return {
		columns: [
			{ svg: pictureSvg(line.picture), width: PICTURE, height: PICTURE },
			{ text: line.text, style: 'line', margin: [0, 8, 0, 0] }
		],
		columnGap: PICTURE_GAP,
		margin: [0, 0, 0, LINE_GAP]
	};
}

/** The title page, on its own: the sections start on the next (a break inside an unbreakable item loses it). */
function titlePage(plan: EasyReadPlan, check: EasyReadCheck | undefined): Content[] {
	return [
		{ text: 'My plan', style: 'title' },
		{
			stack: [
				{ text: plan.childName, style: 'name' },
				...(check
					? [
							{
								text: `Checked by ${check.checkedBy} on ${formatUkDateOnOneLine(check.checkedOn)}.`,
								style: 'line'
							} satisfies Content
						]
					: [])
			],
			pageBreak: 'after'
		}
	];
}

/** Each section: its heading kept with its first item, and each item's lines kept on one page. */
function sectionsContent(plan: EasyReadPlan): Content[] {
	return plan.sections.flatMap((section) =>
		section.entries.map((entry, index): Content => {
			const lines = entry.lines.map(lineContent);
			const heading: Content[] = index === 0 ? [{ text: section.heading, style: 'heading' }] : [];
			return { stack: [...heading, ...lines], unbreakable: true, margin: [0, 0, 0, ENTRY_GAP] };
		})
	);
}

/** The last page: where the plan's pictures come from, under which licence. */
function picturesPage(plan: EasyReadPlan): Content[] {
	const used = [
		...new Set(
			plan.sections.flatMap((section) =>
				section.entries.flatMap((entry) => entry.lines.map((line) => line.picture.set))
			)
		)
	];
	return [
		{ text: 'About the pictures', style: 'heading', pageBreak: 'before' },
		...used.map((set): Content => ({ text: pictureSets[set].attribution, style: 'line', margin: [0, 0, 0, 12] }))
	];
}

/** The document definition; `counted.pages` is set to the page count as pdfmake lays it out. */
export function easyReadPdfDefinition(
	plan: EasyReadPlan,
	child: EasyReadChild,
	{ today, author, check }: EasyReadPdfOptions,
	counted: { pages: number } = { pages: 0 }
): TDocumentDefinitions {
	if (!isIsoDate(today)) throw new RangeError('the Easy Read PDF needs today as an ISO date');
	const date = toUtcDate(today);
	const content = [...titlePage(plan, check), ...sectionsContent(plan), ...picturesPage(plan)];
	const tagged = headingsByStyle(needsTextLayerFix(content) ? fixTextLayer(content) : content, {
		title: 'H1',
		heading: 'H2'
	});
	return {
		pageSize: 'A4',
		pageMargins: MARGINS,
		language: 'en-GB',
		displayTitle: true,
		info: {
			title: `My plan: ${child.firstName} ${child.lastName} (Easy Read)`,
			author,
			creator: 'Golden Thread',
			producer: 'Golden Thread (pdfmake)',
			creationDate: date,
			modDate: date
		},
		defaultStyle: { font: FONT, fontSize: SIZES.body, color: colours.text },
		styles,
		footer: (page, pages) => {
			counted.pages = pages;
			return {
				text: pageNumberText(page, pages),
				style: 'footer',
				alignment: 'right',
				margin: [MARGINS[0], 16, MARGINS[2], 0]
			};
		},
		content: taggedDocument(tagged)
	};
}

/** Renders the Easy Read plan; rejects, saying why (`isTooLongRefusal`), one that runs past 20 pages. */
export async function renderEasyReadPdf(
	plan: EasyReadPlan,
	child: EasyReadChild,
	options: EasyReadPdfOptions
): Promise<Uint8Array> {
	const counted = { pages: 0 };
	const buffer = await preparedPdfmake()
		.createPdf(easyReadPdfDefinition(plan, child, options, counted))
		.getBuffer();
	if (counted.pages > EASY_READ_MOST_PAGES) throw new Error(tooLong(counted.pages, plan.childName));
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** `Sarah-Okafor-my-plan-easy-read-2026-12-05.pdf`, by the day it was made. */
export function easyReadPdfFileName(child: EasyReadChild, today: IsoDate): string {
	return childPdfFileName(child, 'my-plan-easy-read', today);
}
