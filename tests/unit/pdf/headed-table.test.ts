import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/pdf/blocks';
import { headedTable, rowHeight, textWidths } from '../../../src/lib/pdf/headed-table';
import { breakBefore } from '../../../src/lib/pdf/plan/plan-pdf';
import { DETAIL_START } from '../../../src/lib/pdf/sections/title';

/** Where a node starts: on `pageNumber`, with `room` points of the page's 686 left below it. */
const at = (pageNumber: number, room: number) => ({
	pageNumber,
	pageInnerHeight: 686,
	verticalRatio: 1 - room / 686
});

describe('a section that opens with a table', () => {
	const table = dataTable(['Name', 'Role'], [['Sarah Okafor', 'Child or young person']], [100, '*']);
	table.table.dontBreakRows = true;
	const rooms = new Map<string, number>();
	const [heading, , kept] = headedTable({ title: 'The team', gloss: 'Who helps.', id: 'team' }, table, rooms);

	it('keeps the table’s header row with its first row, and notes the room its heading needs by its id', () => {
		expect(kept).toBe(table);
		expect(table.table.keepWithHeaderRows).toBe(1);
		expect(heading).toMatchObject({ text: 'The team', id: 'team' });
		expect(rooms.get('team')).toBeGreaterThan(100);
		expect(rooms.get('team')).toBeLessThan(150);
	});

	it('starts on a new page when less room than that is left under its heading, and only then', () => {
		const room = rooms.get('team')!;
		expect(breakBefore({ id: 'team', startPosition: at(2, room - 5) }, rooms)).toBe(true);
		expect(breakBefore({ id: 'team', startPosition: at(2, room + 5) }, rooms)).toBe(false);
		expect(breakBefore({ id: 'other', startPosition: at(2, 10) }, rooms)).toBe(false);
	});

	it('judges a row taller by the lines its longest cell wraps to', () => {
		expect(rowHeight([{ text: 'short', width: 100 }])).toBeLessThan(
			rowHeight([{ text: 'long '.repeat(40), width: 100 }])
		);
		expect(rowHeight([{ text: 'a\nb\nc', width: 100 }])).toBeGreaterThan(rowHeight([{ text: 'a', width: 100 }]));
	});

	it('shares what is left of the page between the columns of width *', () => {
		const [fixed, star] = textWidths([100, '*']);
		expect(fixed).toBe(90);
		expect(star).toBeCloseTo(595.28 - 108 - 100 - 10, 1);
	});
});

describe('the detail', () => {
	it('starts on page 2 when the plan at a glance leaves room for it on page 1, and flows on otherwise', () => {
		expect(breakBefore({ id: DETAIL_START, startPosition: at(1, 300) }, new Map())).toBe(true);
		expect(breakBefore({ id: DETAIL_START, startPosition: at(2, 300) }, new Map())).toBe(false);
	});
});
