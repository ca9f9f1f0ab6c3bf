import { describe, expect, it } from 'vitest';
import {
	documentRoot,
	structureOf,
	writeTree,
	type LaidOutNode,
	type StructureElement
} from '../../../../../src/lib/server/pdf/pdfmake-patches/structure-tree';

/** Lays out `node` as pdfmake would, depth first, and gives back the element each leaf's lines land in. */
function layOut(node: LaidOutNode & Record<string, unknown>, parent: StructureElement, leaves: Map<string, string>) {
	const own = structureOf(node, parent);
	if (typeof node.text === 'string') leaves.set(node.text, own.type);
	const children = [
		...((node.stack as LaidOutNode[] | undefined) ?? []),
		...(node.ul ?? []),
		...(node.table?.body.flat() ?? [])
	] as Array<LaidOutNode & Record<string, unknown>>;
	for (const child of children) layOut(child, own, leaves);
}

/** The tree as text: `Type[children]`, leaving out what holds no content. */
function shape(root: StructureElement, filled: Set<StructureElement>): string | undefined {
	return writeTree<string>(
		root,
		(element) => filled.has(element),
		(element, children) =>
			`${element.type}${element.scope ? `(${element.scope})` : ''}${children.length ? `[${children.join(' ')}]` : ''}`
	);
}

function filledLeaves(root: StructureElement): Set<StructureElement> {
	const all = (element: StructureElement): StructureElement[] => [element, ...element.children.flatMap(all)];
	return new Set(all(root).filter((element) => element.children.length === 0));
}

describe('the structure of tagged content', () => {
	it('has a root only where the content is a tagged document', () => {
		expect(documentRoot({ stack: [] })).toBeUndefined();
		expect(documentRoot({ stack: [], role: 'Document' })?.type).toBe('Document');
	});

	it('makes paragraphs of text, headings of roles, and lets stacks and layout tables add nothing', () => {
		const root = documentRoot({ role: 'Document' })!;
		const leaves = new Map<string, string>();
		layOut(
			{
				stack: [
					{ text: 'Sarah’s support plan', role: 'H1' },
					{ stack: [{ text: 'About me', role: 'H2' }, { text: 'A one-page profile' }] },
					{ table: { body: [[{ stack: [{ text: 'Outcome 1' }, { text: 'Sarah will…' }] }]] } }
				]
			},
			root,
			leaves
		);
		expect(Object.fromEntries(leaves)).toEqual({
			'Sarah’s support plan': 'H1',
			'About me': 'H2',
			'A one-page profile': 'P',
			'Outcome 1': 'P',
			'Sarah will…': 'P'
		});
		expect(shape(root, filledLeaves(root))).toBe('Document[H1 H2 P P P]');
	});

	it('makes a table with header rows a Table of rows, header cells TH for their column, every cell kept', () => {
		const root = documentRoot({ role: 'Document' })!;
		const leaves = new Map<string, string>();
		layOut(
			{
				table: {
					headerRows: 1,
					body: [
						[{ text: 'What' }, { text: 'Who' }],
						[{ text: 'Travel training' }, { text: '' }]
					]
				}
			},
			root,
			leaves
		);
		expect(leaves.get('What')).toBe('TH');
		expect(leaves.get('Travel training')).toBe('TD');
		expect(shape(root, filledLeaves(root))).toBe('Document[Table[TR[TH(Column) TH(Column)] TR[TD TD]]]');
	});

	it('makes a table given the role Table one, with a cell given TH heading its row', () => {
		const root = documentRoot({ role: 'Document' })!;
		layOut(
			{ role: 'Table', table: { body: [[{ text: 'Name', role: 'TH' }, { text: 'Sarah Okafor' }]] } },
			root,
			new Map()
		);
		expect(shape(root, filledLeaves(root))).toBe('Document[Table[TR[TH(Row) TD]]]');
	});

	it('makes a list an L of items each with its body, and a list going on from it part of the same list', () => {
		const root = documentRoot({ role: 'Document' })!;
		const leaves = new Map<string, string>();
		layOut(
			{
				stack: [
					{ text: 'How best to support me', role: 'H3' },
					{ stack: [{ ul: [{ text: 'Give me time' }] }] },
					{ ul: [{ text: 'Show me pictures' }, { text: 'Tell me in advance' }], role: 'LContinued' },
					{ ul: [{ text: 'Another list' }] }
				]
			},
			root,
			leaves
		);
		expect(leaves.get('Give me time')).toBe('LBody');
		expect(shape(root, filledLeaves(root))).toBe('Document[H3 L[LI[LBody] LI[LBody] LI[LBody]] L[LI[LBody]]]');
	});

	it('leaves out elements holding nothing', () => {
		const root = documentRoot({ role: 'Document' })!;
		layOut({ stack: [{ text: '' }, { text: 'Kept' }] }, root, new Map());
		const kept = new Set(root.children.filter((element) => element.children.length === 0).slice(1));
		expect(shape(root, kept)).toBe('Document[P]');
		expect(shape(root, new Set())).toBeUndefined();
	});
});
