/**
 * Reads a tagged PDF's structure back as a screen reader meets it: the structure tree of each page,
 * each element with its role and the text of the marked content under it, what the document says of
 * itself (marked as tagged, its language, its title and whether a viewer shows it), and the text of
 * each page that is an artifact or is neither tagged nor an artifact. pdfjs-dist, offline.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An element of the structure tree, with the text of its own content and of its children's. */
export interface StructureNode {
	role: string;
	text: string;
	children: StructureNode[];
}

export interface PageStructure {
	/** The page's part of the structure tree (its root's children, e.g. one `Document`). */
	elements: StructureNode[];
	/** Text drawn as an artifact (running header and footer, repeated table headers). */
	artifacts: string;
	/** Text drawn neither inside an element's content nor as an artifact: a screen reader misses it. */
	unmarked: string;
}

export interface ReadStructure {
	marked: boolean;
	displayDocTitle: boolean;
	title: unknown;
	language: unknown;
	pages: PageStructure[];
}

/** A structure tree node as pdfjs gives it. */
interface PdfjsNode {
	role?: string;
	type?: string;
	id?: string;
	children?: PdfjsNode[];
}

type TextItem = { str: string; hasEOL: boolean } | { type: string; id?: string | null; tag?: string };

/** Collapses runs of spaces. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each marked-content id, of artifacts and of what is outside any marked content. */
function textByMark(items: TextItem[]): { byId: Map<string, string>; artifacts: string; unmarked: string } {
	const byId = new Map<string, string>();
	const open: Array<{ id?: string | null; tag?: string }> = [];
	let artifacts = '';
	let unmarked = '';
	for (const item of items) {
		if ('str' in item) {
			const text = item.str + (item.hasEOL ? ' ' : '');
			const id = open.find((mark) => mark.id)?.id;
			if (id) byId.set(id, (byId.get(id) ?? '') + text);
			else if (open.some((mark) => mark.tag === 'Artifact')) artifacts += text;
			else unmarked += text;
		} else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
			open.push({ id: item.id, tag: item.tag });
		} else if (item.type === 'endMarkedContent') {
			open.pop();
		}
	}
	return { byId, artifacts: tidy(artifacts), unmarked: tidy(unmarked) };
}

function toNode(node: PdfjsNode, byId: Map<string, string>): StructureNode {
	const children = (node.children ?? [])
		.filter((child) => child.role !== undefined)
		.map((child) => toNode(child, byId));
	const text = (node.children ?? [])
		.map((child) => (child.type === 'content' && child.id ? (byId.get(child.id) ?? '') : ''))
		.join('');
	return {
		role: node.role ?? '',
		text: tidy([text, ...children.map((child) => child.text)].join(' ')),
		children
	};
}

export async function readStructure(bytes: Uint8Array): Promise<ReadStructure> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
	try {
		const markInfo = await document.getMarkInfo();
		const preferences = (await document.getViewerPreferences()) as Record<string, unknown> | null;
		const info = (await document.getMetadata()).info as Record<string, unknown>;
		const pages: PageStructure[] = [];
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const tree = (await page.getStructTree()) as PdfjsNode | null;
			const content = await page.getTextContent({ includeMarkedContent: true });
			const { byId, artifacts, unmarked } = textByMark(content.items as TextItem[]);
			pages.push({ elements: (tree?.children ?? []).map((node) => toNode(node, byId)), artifacts, unmarked });
			page.cleanup();
		}
		return {
			marked: markInfo?.Marked === true,
			displayDocTitle: preferences?.DisplayDocTitle === true,
			title: info.Title,
			language: info.Language,
			pages
		};
	} finally {
		await document.destroy();
	}
}

/** Every element of the trees, depth first (document order within a page). */
export function elementsOf(nodes: readonly StructureNode[]): StructureNode[] {
	return nodes.flatMap((node) => [node, ...elementsOf(node.children)]);
}
