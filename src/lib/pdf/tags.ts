/**
 * What each part of the PDF is, for a screen reader: a tagged PDF's structure (PDF/UA). pdfmake
 * draws pages and makes no structure of its own, so the layout says what a node is with one property
 * of its own, `role`, and the server's `tagged-structure` patch
 * (src/lib/server/pdf/pdfmake-patches/tagged-structure.ts) builds the structure tree from it.
 *
 * Most nodes need no role: under a content whose root has the role `Document`, a paragraph of text
 * is a `P`, a list (`ul`, `ol`) is an `L` of `LI`s each with an `LBody`, and a table with header rows
 * (`headerRows`) is a `Table` of `TR`s, its header rows' cells `TH` (for their column) and the others
 * `TD`. A table without header rows only lays things out (an item's coloured bar): it has no structure
 * of its own, its text is read as paragraphs. Stacks and columns have none either. The page header,
 * the footer, the watermark, rules, fills and bullets are drawn as artifacts, which a reader skips.
 * A role says what the defaults cannot: a heading's level, a table without header rows that is a
 * table, a cell that heads its row, a list that goes on from the one before it.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';

/**
 * The roles the layout gives: `Document` (the root of the tagged content), the heading levels, a
 * `Table` without header rows, a `TH` cell heading its row, and `LContinued` for a list whose items
 * go on from the list just before it (one list split in two for the page layout, read as one).
 */
export type PdfRole = 'Document' | 'H1' | 'H2' | 'H3' | 'Table' | 'TH' | 'LContinued';

/** A node with its structure role. */
export type WithRole<T> = T & { role: PdfRole };

/** The node with `role` set, as pdfmake content (pdfmake's types know no `role`; pdfmake ignores it). */
export function withRole<T extends Content | TableCell>(role: PdfRole, node: T & object): T {
	return { ...node, role } as WithRole<T>;
}

/** The heading levels. */
export type HeadingRole = Extract<PdfRole, 'H1' | 'H2' | 'H3'>;

/**
 * The content with each node of a heading style given that heading's role: for a document whose
 * styles are used for its headings and for nothing else (the review record).
 */
export function headingsByStyle<T>(content: T, roles: Readonly<Record<string, HeadingRole>>): T {
	const tag = (node: unknown): unknown => {
		if (Array.isArray(node)) return node.map(tag);
		if (typeof node !== 'object' || node === null) return node;
		const copy: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(node)) copy[key] = key === 'text' ? value : tag(value);
		const style = copy.style;
		return typeof style === 'string' && Object.hasOwn(roles, style) ? { ...copy, role: roles[style] } : copy;
	};
	return tag(content) as T;
}

/** The whole content as one tagged document: the root of the structure tree. */
export function taggedDocument(content: Content[]): Content {
	return withRole('Document', { stack: content });
}
