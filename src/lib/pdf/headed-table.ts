/**
 * A section that opens with a table, and the rule that keeps its heading from ending a page alone.
 *
 * The table runs on over pages, its header row kept with its first row (`keepWithHeaderRows`), so it
 * cannot be kept together with the heading as a whole. Instead the section notes, by its heading's id,
 * the room the heading needs below it: itself, its gloss, the header row and the first row. The
 * document starts the section on a new page when less room than that is left (`breakBefore` in
 * plan-pdf.ts), which is the only moment the room left is known.
 */
import type { Content, ContentTable } from 'pdfmake/interfaces';
import { cellText, sectionHeading } from './blocks';
import { PAGE_MARGINS } from './theme';

/**
 * The height of the heading, its gloss and a table's header row, in points, as the theme sets them:
 * a 16 pt heading (36 with its margins), a 10.5 pt gloss (24), the table's margin (4) and a 10 pt
 * header row (24), and a few to spare.
 */
const HEADING_AND_HEADER_HEIGHT = 92;

/** The height of a line of 10 pt table text, and a cell's padding above and below, in points. */
const CELL_LINE_HEIGHT = 16.5;
const CELL_PADDING = 8;

/** Roughly the width of a character of 10 pt text (Noto Sans runs about 5 points), in points. */
const CELL_CHAR_WIDTH = 5;

/** How tall a row is likely to be, from its cells' text wrapped at their columns' text widths. */
export function rowHeight(cells: ReadonlyArray<{ text: string; width: number }>): number {
	const lines = cells.map(({ text, width }) => {
		const perLine = Math.max(1, Math.floor(width / CELL_CHAR_WIDTH));
		return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
	});
	return Math.max(1, ...lines) * CELL_LINE_HEIGHT + CELL_PADDING;
}

/** The width of a portrait A4 page's body, in points. */
const BODY_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/** A cell's padding left and right together, in points (`dataTableLayout`). */
const CELL_SIDES = 10;

/** The width of the text in each of a table's columns: fixed widths as given, '*' shares what is left. */
export function textWidths(widths: ReadonlyArray<number | string>): number[] {
	const fixed = widths.reduce<number>((sum, width) => sum + (typeof width === 'number' ? width : 0), 0);
	const stars = widths.filter((width) => typeof width !== 'number').length;
	const star = stars > 0 ? (BODY_WIDTH - fixed) / stars : 0;
	return widths.map((width) => (typeof width === 'number' ? width : star) - CELL_SIDES);
}

/**
 * The heading and the table of a section that opens with one, noting in `rooms`, by the heading's id,
 * the room the heading needs below it (in points).
 */
export function headedTable(
	heading: { title: string; gloss: string; id: string },
	table: ContentTable,
	rooms: Map<string, number>
): Content[] {
	if (table.table.dontBreakRows) table.table.keepWithHeaderRows = 1;
	const widths = textWidths((table.table.widths as Array<number | string> | undefined) ?? []);
	const first = table.table.body[1] ?? [];
	const row = rowHeight(first.map((cell, index) => ({ text: cellText(cell), width: widths[index] ?? 100 })));
	rooms.set(heading.id, Math.ceil(HEADING_AND_HEADER_HEIGHT + row));
	return [...sectionHeading(heading.title, heading.gloss, heading.id), table];
}
