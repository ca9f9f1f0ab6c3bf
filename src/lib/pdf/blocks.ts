/**
 * The building blocks the sections share: a section heading with its plain-English gloss, an item
 * heading marked with its layer's colour and label, labelled fields, and simple tables. Each returns
 * pdfmake content and nothing else.
 */
import type {
	Content,
	ContentTable,
	ContentText,
	ContentUnorderedList,
	CustomTableLayout,
	TableCell
} from 'pdfmake/interfaces';
import { colours, type Layer } from './theme';
import { withRole } from './tags';

/**
 * A section's heading, bookmarked in the PDF's outline, with one line saying what the section is;
 * `id` names the heading for the document's page-break rule.
 */
export function sectionHeading(title: string, gloss: string | Content[], id?: string): Content[] {
	return [
		withRole('H2', { text: title, style: 'sectionHeading', outline: true, headlineLevel: 1, ...(id ? { id } : {}) }),
		{ text: gloss, style: 'gloss' }
	];
}

/**
 * Keeps a section's heading on the same page as what starts the section, so that a heading never
 * sits alone at the foot of a page.
 */
export function keepTogether(...content: Content[]): Content {
	return { stack: content, unbreakable: true };
}

/**
 * Roughly how many characters of body text fit on a page; content kept together must stay well
 * under it, because pdfmake drops what an unbreakable block puts past its first page.
 */
export const KEEP_TOGETHER_MAX_CHARACTERS = 1500;

/** Keeps the content together when its text is short enough to be sure it fits on one page. */
export function keepTogetherIfShort(characters: number, ...content: Content[]): Content[] {
	return characters <= KEEP_TOGETHER_MAX_CHARACTERS ? [keepTogether(...content)] : content;
}

/** The text of a table cell, its pieces on separate lines. */
export function cellText(cell: TableCell | undefined): string {
	if (cell === undefined || cell === null) return '';
	if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
	if (Array.isArray(cell)) return cell.map((part) => cellText(part as TableCell)).join('');
	const node = cell as { text?: unknown; stack?: unknown[]; ul?: unknown[] };
	const lines = node.stack ?? node.ul;
	if (lines) return lines.map((part) => cellText(part as TableCell)).join('\n');
	if (node.text !== undefined) return cellText(node.text as TableCell);
	return '';
}

/**
 * Whether a table row is sure to fit on a page, from a generous estimate of its height: each cell's
 * text (as characters, with its explicit line breaks) wrapped at its column's width, at most
 * `maxHeight` points tall. pdfmake drops a row kept whole (`dontBreakRows`) that is taller than a
 * page, so rows are kept whole only when this says yes.
 */
export function rowFits(
	cells: ReadonlyArray<{ text: string; width: number }>,
	maxHeight: number,
	fontSize = 10.5
): boolean {
	// Wider than the average character and taller than the line, so the estimate errs high.
	const charWidth = fontSize * 0.6;
	const lineHeight = fontSize * 1.25 * 1.4;
	return cells.every(({ text, width }) => {
		const perLine = Math.max(1, Math.floor(width / charWidth));
		const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
		return lines * lineHeight + 10 <= maxHeight;
	});
}

/** The layout of an item heading: no lines but a thick bar on the left in the layer's colour. */
function barLayout(colour: string): CustomTableLayout {
	return {
		hLineWidth: () => 0,
		vLineWidth: (index) => (index === 0 ? 5 : 0),
		vLineColor: () => colour,
		paddingLeft: () => 10,
		paddingRight: () => 0,
		paddingTop: () => 1,
		paddingBottom: () => 1
	};
}

/**
 * An item's heading: its label ("Outcome 1", never colour alone) in the layer's colour above its
 * text, with a bar of that colour down the left.
 */
export function itemHeading(layer: Layer, label: string, text: Content, textStyle = 'itemText'): Content {
	const table: ContentTable = {
		table: {
			widths: ['*'],
			body: [
				[
					{
						stack: [
							{ text: label, style: 'itemLabel', color: colours[layer] },
							typeof text === 'string' ? { text, style: textStyle } : text
						]
					}
				]
			]
		},
		layout: barLayout(colours[layer]),
		margin: [0, 6, 0, 2]
	};
	return table;
}

/**
 * A labelled value, indented under an item heading: "Target date: 5 March 2027", the label in bold
 * and the value after it on the same line, a value of several lines running on below.
 */
export function field(label: string, value: Content, indent = 15): Content {
	return {
		text: [{ text: `${label}: `, style: 'fieldLabel' }, value],
		style: 'field',
		margin: [indent, 1, 0, 1]
	};
}

/**
 * A label above its value (a review's evidence, an answer to the check before agreeing), on one page when
 * the value is short; a long one flows on from under its label rather than leaving the rest of the page
 * empty.
 */
export function fieldAbove(label: string, value: string): Content {
	return {
		stack: [
			{ text: label, style: 'fieldLabel' },
			{ text: value, style: 'field', margin: [0, 0, 0, 8] }
		],
		unbreakable: value.length + label.length <= KEEP_TOGETHER_MAX_CHARACTERS / 2
	};
}

/** A bulleted list of plain texts, with room between them, or `empty` in muted italics when there are none. */
export function bullets(
	items: readonly string[],
	empty: string,
	indent = 0,
	marginBottom = 6
): ContentText | ContentUnorderedList {
	if (items.length === 0) {
		return { text: empty, italics: true, color: colours.muted, margin: [indent, 0, 0, marginBottom] };
	}
	return {
		ul: items.map((item) => ({ text: item, margin: [0, 0, 0, 2] })),
		margin: [indent, 0, 0, marginBottom],
		style: 'field'
	};
}

/**
 * A heading followed by a list, with the heading kept on the same page as the list's first item
 * (only that much is kept together: a list may run over many pages).
 */
export function headedList(heading: Content, items: readonly string[], empty: string, indent = 0): Content[] {
	const firstLength = (items[0] ?? '').length + 100;
	if (items.length <= 1) return keepTogetherIfShort(firstLength, heading, bullets(items, empty, indent));
	return [
		...keepTogetherIfShort(firstLength, heading, bullets(items.slice(0, 1), empty, indent, 0)),
		withRole('LContinued', bullets(items.slice(1), empty, indent))
	];
}

/** The layout of data tables: light horizontal rules, a grey header row, roomy padding. */
export const dataTableLayout: CustomTableLayout = {
	hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 1 : 0.5),
	vLineWidth: () => 0,
	hLineColor: () => colours.rule,
	fillColor: (rowIndex) => (rowIndex === 0 ? colours.tableHeader : null),
	paddingLeft: () => 5,
	paddingRight: () => 5,
	paddingTop: () => 4,
	paddingBottom: () => 4
};

/**
 * A table whose first row is a header, repeated at the top of every page the table runs onto
 * (pdfmake's `headerRows`).
 */
export function dataTable(
	headers: readonly string[],
	rows: TableCell[][],
	widths: Array<number | '*' | 'auto'>
): ContentTable {
	return {
		table: {
			headerRows: 1,
			// A copy: pdfmake writes its layout into the widths it is given.
			widths: [...widths],
			body: [headers.map((header) => ({ text: header, style: 'tableHeader' })), ...rows]
		},
		layout: dataTableLayout,
		style: 'tableCell',
		margin: [0, 4, 0, 8]
	};
}
