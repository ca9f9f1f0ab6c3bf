/**
 * The structure of a tagged PDF as pdfmake lays out its nodes (src/lib/pdf/tags.ts says which roles
 * the layout gives and what the defaults are): one element for each node that has a structure of its
 * own, made in document order while pdfmake lays the nodes out, each knowing its parent. The
 * `tagged-structure` patch marks each drawn line as content of its element and, once every page is
 * drawn, writes the elements that hold any content as the PDF's structure tree.
 */

/** An element of the structure tree, before it is written. */
export interface StructureElement {
	/** Its structure type: `Document`, `H1`, `P`, `L`, `LI`, `LBody`, `Table`, `TR`, `TH`, `TD`. */
	type: string;
	parent?: StructureElement;
	/** For a header cell: whether it heads its column or its row. */
	scope?: 'Column' | 'Row';
	children: StructureElement[];
	/** Kept even when empty (a table's cells, so that every row has all its cells). */
	keepEmpty?: boolean;
	/** For a table: the row of each of its cells, and the rows made so far. */
	table?: { rowOf: Map<object, { row: number; header: boolean }>; rows: Map<number, StructureElement> };
	/** For a list: its items. */
	items?: Set<object>;
}

/** The parts of a pdfmake node the structure depends on. */
export interface LaidOutNode {
	role?: unknown;
	text?: unknown;
	stack?: unknown;
	ul?: readonly object[];
	ol?: readonly object[];
	table?: { body: readonly (readonly object[])[]; headerRows?: number };
	/** A cell covered by a neighbour's `colSpan` or `rowSpan`: it draws nothing. */
	_span?: unknown;
}

function element(type: string, parent: StructureElement | undefined, extra: Partial<StructureElement> = {}) {
	const made: StructureElement = { type, children: [], ...(parent ? { parent } : {}), ...extra };
	parent?.children.push(made);
	return made;
}

/** The cells of a table with structure, each with its row and whether that row is a header row. */
function rowsOf(table: NonNullable<LaidOutNode['table']>): Map<object, { row: number; header: boolean }> {
	const rowOf = new Map<object, { row: number; header: boolean }>();
	table.body.forEach((cells, row) => {
		for (const cell of cells) rowOf.set(cell, { row, header: row < (table.headerRows ?? 0) });
	});
	return rowOf;
}

/** A cell of `table`'s structure, in a row made when the row's first cell is laid out. */
function cellElement(node: LaidOutNode, table: StructureElement, at: { row: number; header: boolean }) {
	const rows = (table.table as NonNullable<StructureElement['table']>).rows;
	let row = rows.get(at.row);
	if (!row) {
		row = element('TR', table);
		rows.set(at.row, row);
	}
	if (at.header) return element('TH', row, { scope: 'Column', keepEmpty: true });
	if (node.role === 'TH') return element('TH', row, { scope: 'Row', keepEmpty: true });
	return element('TD', row, { keepEmpty: true });
}

/** Roles that refine the default structure of a node rather than naming an element of their own. */
const STRUCTURED_BY_DEFAULT = new Set(['Table', 'TH', 'LContinued']);

/**
 * The element a node's content belongs to, made (in `parent`) when the node has a structure of its
 * own; `parent` itself when it has none (a stack, columns, a table that only lays things out).
 */
export function structureOf(node: LaidOutNode, parent: StructureElement): StructureElement {
	const cell = parent.table?.rowOf.get(node);
	if (cell) return node._span ? parent : cellElement(node, parent, cell);
	if (parent.items?.has(node)) return element('LBody', element('LI', parent));
	const items = node.ul ?? node.ol;
	const previous = parent.children[parent.children.length - 1];
	if (items && node.role === 'LContinued' && previous?.type === 'L') {
		for (const item of items) previous.items?.add(item);
		return previous;
	}
	if (typeof node.role === 'string' && !STRUCTURED_BY_DEFAULT.has(node.role)) return element(node.role, parent);
	if (node.table && (node.role === 'Table' || (node.table.headerRows ?? 0) > 0)) {
		return element('Table', parent, { table: { rowOf: rowsOf(node.table), rows: new Map() } });
	}
	if (items) return element('L', parent, { items: new Set(items) });
	if (node.text !== undefined) return element('P', parent);
	return parent;
}

/** The root of the structure when the node is the root of tagged content (`role: 'Document'`). */
export function documentRoot(node: LaidOutNode): StructureElement | undefined {
	return node.role === 'Document' ? element('Document', undefined) : undefined;
}

/**
 * Writes the elements holding content (or kept when empty) bottom up with `make`, each given its
 * written children; an element with neither content nor such children is left out.
 */
export function writeTree<T>(
	root: StructureElement,
	hasContent: (element: StructureElement) => boolean,
	make: (element: StructureElement, children: T[]) => T
): T | undefined {
	const write = (node: StructureElement): T | undefined => {
		const children = node.children.map(write).filter((child): child is T => child !== undefined);
		if (children.length === 0 && !hasContent(node) && !node.keepEmpty) return undefined;
		return make(node, children);
	};
	return write(root);
}
