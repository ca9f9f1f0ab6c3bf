/**
 * A running header laid out once a page size. Written for pdfmake 0.3.11.
 *
 * pdfmake preprocesses, measures and lays out the header and footer afresh for every page; a header
 * or footer the same as an earlier page's (the same content, as JSON, at the same size and place) now
 * gets a copy of that page's layout, as pdfmake copies a table's header row onto later pages. The
 * footer, with its page number, is still laid out for every page. Same bytes.
 */
import type { PdfmakePatch } from './patch';
import { expectShape } from './shape';

/** Where a header or footer goes on a page, as pdfmake works it out. */
interface RepeatableSizes {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * A header or footer as text, to know it again on a later page: its size and place, and its content
 * as JSON. Undefined when the content holds a function (JSON would not tell two of them apart).
 */
export function repeatableKey(node: unknown, sizes: RepeatableSizes): string | undefined {
	let plain = true;
	const json = JSON.stringify(node, (_key, value: unknown) => {
		if (typeof value === 'function') plain = false;
		return value;
	});
	return plain ? `${sizes.x} ${sizes.y} ${sizes.width} ${sizes.height} ${json}` : undefined;
}

interface WriterPage {
	pageSize: unknown;
	pageMargins: unknown;
	customProperties: Record<string, unknown>;
}

/** pdfmake's page writer, with the insides its headers and footers use. */
interface PageWriter {
	context(): { page: number; pages: WriterPage[]; getCurrentPage(): WriterPage };
	beginUnbreakableBlock(width: number, height: number): void;
	commitUnbreakableBlock(x: number, y: number): void;
}

interface LayoutBuilderInstance {
	writer: PageWriter;
	docPreprocessor: { preprocessBlock(node: unknown): unknown };
	docMeasure: { measureBlock(node: unknown): unknown };
	processNode(node: unknown): void;
}

type RepeatableGetter = (page: number, pages: number, pageSize: unknown) => unknown;

interface LayoutBuilderPrototype {
	addDynamicRepeatable(
		this: LayoutBuilderInstance,
		nodeGetter: RepeatableGetter | undefined,
		sizeFunction: (pageSize: unknown, pageMargins: unknown) => RepeatableSizes,
		customPropertyName: string
	): void;
}

/** pdfmake's ElementWriter: a laid-out block's lines and shapes copied onto the current page. */
interface ElementWriterPrototype {
	addFragment(this: PageWriter, fragment: unknown, useXOffset: boolean, useYOffset: boolean, stay: boolean): void;
}

export const repeatedHeaders: PdfmakePatch = {
	name: 'repeated-headers',
	writtenFor: { pdfmake: '0.3.11' },
	sameBytes: true,
	prepare({ pdfmakeClass }) {
		const builderPrototype = pdfmakeClass('./LayoutBuilder')?.prototype;
		expectShape<LayoutBuilderPrototype>('pdfmake LayoutBuilder.prototype', builderPrototype, {
			addDynamicRepeatable: { arity: 3, source: 'c5b8a27cf36694a2' }
		});
		// A repeat is committed as pdfmake commits an unbreakable block placed at a given spot.
		expectShape<PageWriter>('pdfmake PageElementWriter.prototype', pdfmakeClass('./PageElementWriter')?.prototype, {
			beginUnbreakableBlock: { arity: 2, source: 'e924a17feefff29f' },
			commitUnbreakableBlock: { arity: 2, source: '367859e9b386b125' }
		});
		const elementWriterPrototype = pdfmakeClass('./ElementWriter')?.prototype;
		expectShape<ElementWriterPrototype>('pdfmake ElementWriter.prototype', elementWriterPrototype, {
			addFragment: { arity: 4, source: 'b6c7697d429776fa' }
		});
		const addFragment = elementWriterPrototype.addFragment;
		return () => {
			// pdfmake's addDynamicRepeatable, step for step, but keeping each page's laid-out block and
			// copying it onto a later page that asks for the same content at the same size and place.
			builderPrototype.addDynamicRepeatable = function (nodeGetter, sizeFunction, customPropertyName) {
				const laidOut = new Map<string, unknown>();
				const pages = this.writer.context().pages;
				for (let pageIndex = 0, count = pages.length; pageIndex < count; pageIndex++) {
					this.writer.context().page = pageIndex;
					const page = this.writer.context().getCurrentPage();
					const own = page.customProperties[customPropertyName];
					const getter = (own || own === null ? own : nodeGetter) as RepeatableGetter | null | undefined;
					if (getter === undefined || getter === null) continue;
					let node = getter(pageIndex + 1, count, (pages[pageIndex] as WriterPage).pageSize);
					if (!node) continue;
					const sizes = sizeFunction(page.pageSize, page.pageMargins);
					const key = repeatableKey(node, sizes);
					const earlier = key === undefined ? undefined : laidOut.get(key);
					if (earlier) {
						addFragment.call(this.writer, earlier, true, true, true);
						continue;
					}
					this.writer.beginUnbreakableBlock(sizes.width, sizes.height);
					const block = this.writer.context();
					node = this.docPreprocessor.preprocessBlock(node);
					this.processNode(this.docMeasure.measureBlock(node));
					this.writer.commitUnbreakableBlock(sizes.x, sizes.y);
					if (key !== undefined && block.pages[0]) laidOut.set(key, block.pages[0]);
				}
			};
		};
	}
};
