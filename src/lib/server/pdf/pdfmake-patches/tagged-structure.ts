/**
 * A tagged PDF (PDF/UA), which a screen reader can follow. Written for pdfmake 0.3.11 and pdfkit 0.19.1.
 *
 * pdfmake passes `tagged` on to pdfkit but makes no structure: pdfkit would then say the PDF is
 * tagged while its structure tree stays empty. pdfkit can mark content and build a structure tree
 * (`markStructureContent`, `struct`, `addStructure`); this patch drives it from pdfmake's layout.
 * While pdfmake lays out content whose root has the role `Document` (src/lib/pdf/tags.ts), each node
 * gets its element of the structure (structure-tree.ts) and each line of text it lays out remembers
 * its element. When pdfmake draws the pages, each line is drawn inside a marked-content sequence of
 * its element; everything else (the running header and footer, a table's header row repeated on a
 * later page, rules, fills, bullets, SVG pictures, the watermark) is drawn as an artifact. After the last page the
 * elements holding content are written, in document order, as the structure tree, and the document
 * is marked as tagged. A PDF whose content has no `Document` root is drawn as before.
 *
 * The pages look the same and hold the same text (tests/integration/pdf/pdfmake-patches.test.ts);
 * the bytes differ (the marks, and the structure tree).
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';
import { documentRoot, structureOf, writeTree, type LaidOutNode, type StructureElement } from './structure-tree';

/** A line of text as pdfmake lays it out, with the element it belongs to. */
interface TaggedLine {
	/** The element whose content the line is. */
	_structure?: StructureElement;
	/** The same object in every copy of the line: a second copy drawn is a repeat (a table's header row). */
	_drawing?: object;
}

interface LayoutBuilderInstance {
	/** The elements of the nodes being laid out, innermost last; `null` inside an artifact (a background). */
	_structure?: Array<StructureElement | null>;
}

interface LayoutBuilderPrototype {
	processNode(this: LayoutBuilderInstance, node: LaidOutNode, ...rest: unknown[]): void;
	buildNextLine(this: LayoutBuilderInstance, textNode: unknown): TaggedLine | null;
	addBackground(this: LayoutBuilderInstance, background: unknown): void;
}

/** pdfkit's marked content of one element, on one page or several. */
interface PdfkitContent {
	push(content: PdfkitContent): void;
}

/** pdfkit's document, as far as tagging uses it. */
interface PdfkitDocument {
	markContent(tag: string, options?: object | null): void;
	markStructureContent(tag: string, options?: object): PdfkitContent;
	endMarkedContent(): void;
	struct(type: string, options: object, children: unknown[]): object;
	addStructure(element: object): void;
	getMarkInfoDictionary(): { data: Record<string, unknown> };
	getStructTreeRoot(): object;
}

/** What is being tagged in one document while its pages are drawn. */
interface Tagging {
	contents: Map<StructureElement, PdfkitContent>;
	drawn: Set<object>;
}

interface RendererInstance {
	pdfDocument: PdfkitDocument;
	_tagging?: Tagging;
}

interface PageItem {
	type: string;
	item: TaggedLine;
}

interface RendererPrototype {
	renderPages(this: RendererInstance, pages: Array<{ items: PageItem[] }>): void;
	renderLine(this: RendererInstance, line: TaggedLine, x: number, y: number): void;
	renderVector(this: RendererInstance, vector: unknown): void;
	renderSVG(this: RendererInstance, svg: unknown): void;
	renderWatermark(this: RendererInstance, page: unknown): void;
}

/** The element at the root of the tree a laid-out line belongs to. */
function rootOf(element: StructureElement): StructureElement {
	let root = element;
	while (root.parent) root = root.parent;
	return root;
}

/** The first line of the pages that belongs to an element, or undefined when nothing is tagged. */
function firstTaggedLine(pages: Array<{ items: PageItem[] }>): TaggedLine | undefined {
	for (const page of pages) {
		for (const item of page.items) if (item.type === 'line' && item.item._structure) return item.item;
	}
	return undefined;
}

/** A drawing method of pdfmake's renderer that, while a document is tagged, draws an artifact of `type`. */
function asArtifact<A>(draw: (this: RendererInstance, item: A) => void, type: 'Layout' | 'Pagination') {
	return function (this: RendererInstance, item: A): void {
		if (!this._tagging) return draw.call(this, item);
		this.pdfDocument.markContent('Artifact', { type });
		try {
			draw.call(this, item);
		} finally {
			this.pdfDocument.endMarkedContent();
		}
	};
}

export const taggedStructure: PdfmakePatch = {
	name: 'tagged-structure',
	writtenFor: { pdfmake: '0.3.11', pdfkit: '0.19.1' },
	sameBytes: false,
	purpose: 'a tagged PDF for screen readers',
	prepare({ pdfmakeClass }) {
		const builderPrototype = pdfmakeClass('./LayoutBuilder')?.prototype;
		expectShape<LayoutBuilderPrototype>('pdfmake LayoutBuilder.prototype', builderPrototype, {
			processNode: { arity: 1, source: 'ccc12d1f98f1f436' },
			buildNextLine: { arity: 1, source: 'f9a0444e3740e3f3' },
			addBackground: { arity: 1, source: '863e11ef43f947a8' }
		});
		const rendererPrototype = pdfmakeClass('./Renderer')?.prototype;
		expectShape<RendererPrototype>('pdfmake Renderer.prototype', rendererPrototype, {
			renderPages: { arity: 1, source: '429c66b67fe2b5a6' },
			renderLine: { arity: 3, source: 'b71f57566c6b6c5f' },
			renderVector: { arity: 1, source: '5d19ddae02ff9306' },
			renderSVG: { arity: 1, source: '117c94b48793ffb7' },
			renderWatermark: { arity: 1, source: 'b86063e0cfee2ac9' }
		});
		expectShape<PdfkitDocument>('pdfkit PDFDocument.prototype', pdfmakeClass('./PDFDocument')?.prototype, {
			markContent: { arity: 1, source: '49474afc17f13c39' },
			markStructureContent: { arity: 1, source: 'e55a204ea8ce4f5d' },
			endMarkedContent: { arity: 0, source: 'e955137ddb69de42' },
			struct: { arity: 1, source: '4aba3662410a0a27' },
			addStructure: { arity: 1, source: '2a0e18d7eb47c1d9' },
			getMarkInfoDictionary: { arity: 0, source: '6aa558e0024913ea' },
			getStructTreeRoot: { arity: 0, source: '8669f9b8bae9c41f' }
		});
		return () => {
			// Read when applied: other patches (merged-text-runs) may have wrapped these already.
			const { processNode, buildNextLine, addBackground } = builderPrototype;
			const { renderPages, renderLine, renderVector, renderSVG, renderWatermark } = rendererPrototype;

			builderPrototype.processNode = function (node, ...rest) {
				const stack = (this._structure ??= []);
				const parent = stack[stack.length - 1];
				const own = parent === undefined ? documentRoot(node) : parent && structureOf(node, parent);
				if (own === undefined) return processNode.call(this, node, ...rest);
				stack.push(own);
				try {
					return processNode.call(this, node, ...rest);
				} finally {
					stack.pop();
				}
			};
			builderPrototype.buildNextLine = function (textNode) {
				const line = buildNextLine.call(this, textNode);
				const element = this._structure?.[this._structure.length - 1];
				if (line && element) {
					line._structure = element;
					line._drawing = {};
				}
				return line;
			};
			// A page's background is laid out while the content flows onto the page: it is no part of it.
			builderPrototype.addBackground = function (background) {
				const stack = (this._structure ??= []);
				stack.push(null);
				try {
					addBackground.call(this, background);
				} finally {
					stack.pop();
				}
			};

			rendererPrototype.renderPages = function (pages) {
				const first = firstTaggedLine(pages);
				if (!first?._structure) return renderPages.call(this, pages);
				const document = this.pdfDocument;
				// What pdfkit's own `tagged` option does: mark the document as tagged, with a structure tree.
				document.getMarkInfoDictionary().data.Marked = true;
				document.getStructTreeRoot();
				const tagging: Tagging = { contents: new Map(), drawn: new Set() };
				this._tagging = tagging;
				try {
					renderPages.call(this, pages);
				} finally {
					this._tagging = undefined;
				}
				const tree = writeTree<object>(
					rootOf(first._structure),
					(element) => tagging.contents.has(element),
					(element, children) => {
						const content = tagging.contents.get(element);
						const options = element.scope ? { scope: element.scope } : {};
						return document.struct(element.type, options, content ? [content, ...children] : children);
					}
				);
				if (tree) document.addStructure(tree);
			};
			rendererPrototype.renderLine = function (line, x, y) {
				const tagging = this._tagging;
				if (!tagging) return renderLine.call(this, line, x, y);
				const document = this.pdfDocument;
				const element = line._structure;
				const drawing = line._drawing;
				if (element && drawing && !tagging.drawn.has(drawing)) {
					tagging.drawn.add(drawing);
					const content = document.markStructureContent(element.type);
					const earlier = tagging.contents.get(element);
					if (earlier) earlier.push(content);
					else tagging.contents.set(element, content);
				} else {
					document.markContent('Artifact', { type: 'Pagination' });
				}
				try {
					renderLine.call(this, line, x, y);
				} finally {
					document.endMarkedContent();
				}
			};
			rendererPrototype.renderVector = asArtifact(renderVector, 'Layout');
			// The Easy Read plan's pictures stand beside words that say all they do: a reader skips them.
			rendererPrototype.renderSVG = asArtifact(renderSVG, 'Layout');
			rendererPrototype.renderWatermark = asArtifact(renderWatermark, 'Pagination');
		};
	}
};
