/**
 * The family summary as a PDF: every page says, in the family's language and in English, that it is a
 * translation and that the English plan is the one that counts. Text in the family's language is cut
 * into runs of one font each (the script fonts lack Latin letters and digits); right-to-left paragraphs
 * are wrapped and ordered here, line by line, and set right-aligned as they stand.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { childPdfFileName } from '../pdf/file-name';
import { preparedPdfmake } from '../pdf/fonts';
import { rightToLeftLines } from '../pdf/scripts/bidi-lines';
import { scriptRuns } from '../pdf/scripts/script-runs';
import { colours, defaultStyle, PAGE_MARGINS } from '../pdf/theme';
import type { PlanDocument } from '../plan/schema';
import { familySummary, type FamilySummary, type ItemTranslation, type SummaryEntry } from './summary';
import { english, fill, type LanguageFile } from './wording';
import { languageDate, languageNumber } from './index';

/** A4's width less the page margins: the width a right-to-left paragraph is wrapped to (points). */
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/** Room kept at the end of a right-to-left line, so pdfmake never wraps a line we wrapped. */
const SLACK = 2;

interface TextStyle {
	size: number;
	bold?: boolean;
	color?: string;
	margin?: [number, number, number, number];
	/** How far the paragraph is indented from the content's left and right edges together. */
	indent?: number;
}

/** A paragraph in the given direction, each run in its font; a right-to-left one as its lines. */
function paragraph(text: string, direction: 'ltr' | 'rtl', style: TextStyle): Content {
	const { size, bold = false, color = colours.text, margin = [0, 0, 0, 0], indent = 0 } = style;
	const look = { fontSize: size, bold, color };
	if (direction === 'ltr') return { text: scriptRuns(text).map(({ text, font }) => ({ text, font })), ...look, margin };
	const lines = rightToLeftLines(text, CONTENT_WIDTH - indent - SLACK, size, bold);
	return {
		stack: lines.map((line) => ({ text: line.map(({ text, font }) => ({ text, font })), alignment: 'right' as const })),
		...look,
		margin
	};
}

/** Both languages, the family's first: the running header of every page. */
function pageHeader(language: LanguageFile): Content {
	const [left, , right] = PAGE_MARGINS;
	return {
		margin: [left, 22, right, 0],
		stack: [
			paragraph(language.words.translationNotice, language.direction, { size: 10.5, bold: true }),
			paragraph(english.translationNotice, 'ltr', { size: 10.5, bold: true }),
			{ canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.75, lineColor: colours.rule }] }
		]
	};
}

function pageFooter(language: LanguageFile, page: number, pages: number): Content {
	const [left, , right] = PAGE_MARGINS;
	const numbers = { page, pages };
	const inLanguage = { page: languageNumber(language.code, page), pages: languageNumber(language.code, pages) };
	return {
		margin: [left, 16, right, 0],
		stack: [
			paragraph(fill(language.words.page, inLanguage), language.direction, { size: 9.5 }),
			paragraph(fill(english.page, numbers), 'ltr', { size: 9.5, color: colours.muted })
		]
	};
}

/** An item: its English words, the translation under them with who translated it, then its details. */
function entryContent(entry: SummaryEntry, language: LanguageFile, indent: number): Content {
	const direction = language.direction;
	const side = (amount: number): [number, number, number, number] =>
		direction === 'rtl' ? [0, 0, amount, 0] : [amount, 0, 0, 0];
	return {
		margin: [0, 0, 0, 8],
		stack: [
			...(entry.label
				? [paragraph(entry.label, direction, { size: 11, bold: true, margin: side(indent), indent })]
				: []),
			paragraph(entry.english, 'ltr', { size: 11.5, margin: [indent, 0, 0, 0] }),
			...(entry.translation
				? [
						paragraph(entry.translation.text, direction, {
							size: 12.5,
							margin: side(indent + 10),
							indent: indent + 10
						}),
						paragraph(entry.translation.note, direction, {
							size: 9.5,
							color: colours.muted,
							margin: side(indent + 10),
							indent: indent + 10
						})
					]
				: []),
			...entry.details.flatMap((detail) => [
				...(detail.text
					? [
							paragraph(detail.text, direction, {
								size: 11,
								bold: detail.english !== undefined,
								margin: side(indent + 10),
								indent: indent + 10
							})
						]
					: []),
				...(detail.english ? [paragraph(detail.english, 'ltr', { size: 11, margin: [indent + 10, 0, 0, 0] })] : [])
			]),
			...entry.steps.map((step) => entryContent(step, language, indent + 16))
		]
	};
}

/** The summary's content: its titles in both languages, the unchecked warning, then each section. */
function summaryContent(summary: FamilySummary, today: string): Content[] {
	const { language } = summary;
	const { words, direction } = language;
	const unchecked = language.checkedBy === null;
	return [
		paragraph(summary.title, direction, { size: 20, bold: true, margin: [0, 0, 0, 2] }),
		paragraph(summary.englishTitle, 'ltr', { size: 13, color: colours.muted, margin: [0, 0, 0, 4] }),
		paragraph(fill(words.made, { date: languageDate(language.code, today) }), direction, { size: 10.5 }),
		...(unchecked
			? [
					{
						margin: [0, 8, 0, 4] as [number, number, number, number],
						stack: [
							paragraph(words.notChecked, direction, { size: 11.5, bold: true, color: colours.draft }),
							paragraph(english.notChecked, 'ltr', { size: 11.5, bold: true, color: colours.draft })
						]
					}
				]
			: []),
		...summary.sections.flatMap((section): Content[] => [
			paragraph(section.heading, direction, { size: 16, bold: true, margin: [0, 14, 0, 4] }),
			...section.blocks.flatMap((block): Content[] =>
				block.kind === 'text'
					? [paragraph(block.text, direction, { size: 12, margin: [0, 0, 0, 6] })]
					: [
							...(block.lead
								? [paragraph(block.lead, direction, { size: 12.5, bold: true, margin: [0, 6, 0, 4] })]
								: []),
							...block.entries.map((entry) => entryContent(entry, language, 0))
						]
			)
		])
	];
}

export interface FamilySummaryPdfOptions {
	today: string;
	author: string;
}

/** The summary's pdfmake document: the family's language declared, the header and footer on every page. */
export function familySummaryPdfDefinition(
	summary: FamilySummary,
	options: FamilySummaryPdfOptions
): TDocumentDefinitions {
	const { language } = summary;
	return {
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: PAGE_MARGINS,
		language: language.code,
		displayTitle: true,
		info: {
			title: `${summary.englishTitle} (${language.code})`,
			author: options.author,
			subject: english.translationNotice
		},
		defaultStyle,
		header: () => pageHeader(language),
		footer: (page, pages) => pageFooter(language, page, pages),
		content: summaryContent(summary, options.today)
	};
}

/** Renders the family summary of `plan` in `language`, with the interpreters' translations by item id. */
export async function renderFamilySummaryPdf(
	plan: PlanDocument,
	language: LanguageFile,
	translations: ReadonlyArray<readonly [string, ItemTranslation]>,
	options: FamilySummaryPdfOptions
): Promise<Uint8Array> {
	const summary = familySummary(plan, language, new Map(translations));
	const buffer = await preparedPdfmake().createPdf(familySummaryPdfDefinition(summary, options)).getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** `Sarah-Okafor-family-summary-ar-2027-03-14.pdf`. */
export function familySummaryFileName(plan: Pick<PlanDocument, 'child'>, code: string, today: string): string {
	return childPdfFileName(plan.child, `family-summary-${code}`, today);
}
