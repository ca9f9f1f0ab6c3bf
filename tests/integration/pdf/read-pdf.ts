/**
 * Reads a PDF back the way a test needs it: the text of each page, split into the running header,
 * the body and the footer by where it sits on the page, and the document's metadata. pdfjs-dist,
 * pure JavaScript, offline.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of one page. */
export interface PageText {
	width: number;
	height: number;
	/** Text in the top margin (the running header). */
	header: string;
	/** Text in the bottom margin (the running footer). */
	footer: string;
	/** Everything between them. */
	body: string;
	/** The whole page, but for the watermark. */
	all: string;
	/** The page's lines as set, in order, but for the watermark. */
	lines: string[];
	/** Text set at an angle across the page (a draft's DRAFT watermark). */
	watermark: string;
}

export interface ReadPdf {
	pages: PageText[];
	/** The info dictionary, with `Language` from the catalogue's /Lang. */
	info: Record<string, unknown>;
}

/** Joins pdfjs text items: a line's pieces run on, a line end is a space; spaces are collapsed. */
function joined(items: Array<{ str: string; hasEOL: boolean }>): string {
	return items
		.map((item) => item.str + (item.hasEOL ? ' ' : ''))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Each line of the items as set: pdfjs marks the last piece of a line. */
function linesOf(items: Array<{ str: string; hasEOL: boolean }>): string[] {
	const lines: string[] = [];
	let line: Array<{ str: string; hasEOL: boolean }> = [];
	for (const item of items) {
		line.push(item);
		if (item.hasEOL) {
			lines.push(joined(line));
			line = [];
		}
	}
	lines.push(joined(line));
	return lines.filter((text) => text !== '');
}

/** Reads every page's text (or the pages from `first` to `last`, counted from 1). */
export async function readPdf(bytes: Uint8Array, range: { first?: number; last?: number } = {}): Promise<ReadPdf> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
	try {
		const { info } = await document.getMetadata();
		const pages: PageText[] = [];
		const first = range.first ?? 1;
		const last = Math.min(range.last ?? document.numPages, document.numPages);
		for (let number = first; number <= last; number++) {
			const page = await document.getPage(number);
			const [, , width = 0, height = 0] = page.view;
			const all = (await page.getTextContent()).items.filter(
				(item): item is typeof item & { str: string; hasEOL: boolean; transform: number[] } => 'str' in item
			);
			const slanted = (item: { transform: number[] }) => Math.abs(item.transform[1] ?? 0) > 1e-6;
			const items = all.filter((item) => !slanted(item));
			const y = (item: { transform: number[] }) => item.transform[5] ?? 0;
			pages.push({
				width,
				height,
				header: joined(items.filter((item) => y(item) > height - 80)),
				footer: joined(items.filter((item) => y(item) < 60)),
				body: joined(items.filter((item) => y(item) >= 60 && y(item) <= height - 80)),
				all: joined(items),
				lines: linesOf(items),
				watermark: joined(all.filter(slanted))
			});
			page.cleanup();
		}
		return { pages, info: info as Record<string, unknown> };
	} finally {
		await document.destroy();
	}
}

/** How many pages a PDF has. */
export async function pageCount(bytes: Uint8Array): Promise<number> {
	const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true }).promise;
	const count = document.numPages;
	await document.destroy();
	return count;
}
