/**
 * pdfmake's, pdfkit's and fontkit's insides, loaded as pdfmake itself loads them (pdfkit from
 * pdfmake's place, fontkit from pdfkit's), so that the patches change the very modules pdfmake uses,
 * and the versions installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Library } from './patch';

/** pdfkit's document, as far as the patches look at it. */
interface PdfkitDocument {
	font(source: Uint8Array): PdfkitDocument;
	ref(): object;
	_font: object;
}

/** An embedded font and an indirect object of a pdfkit document that is never written out. */
export interface PdfkitSample {
	font: object;
	reference: object;
}

/** A class, for its prototype and its static methods. */
export interface PdfmakeClass {
	prototype?: unknown;
	[name: string]: unknown;
}

export interface PdfmakeInsides {
	versions: Record<Library, string>;
	/** The class one of pdfmake's own modules exports, e.g. `./Renderer`. */
	pdfmakeClass(path: string): PdfmakeClass | undefined;
	fontkit: { create(buffer: Uint8Array): object };
	/** Instances of pdfkit's classes that are not exported (their prototypes are what gets patched). */
	pdfkitSample(): PdfkitSample;
	/** The bytes of the fonts PDFs use (the objects pdfmake opens them from). */
	fonts: readonly Uint8Array[];
}

/** The version in the package.json of the package whose entry point is `entry`. */
function versionOf(entry: string, name: string): string {
	for (let folder = dirname(entry); folder !== dirname(folder); folder = dirname(folder)) {
		try {
			const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
				name?: string;
				version?: string;
			};
			if (manifest.name === name) return manifest.version ?? 'unknown';
		} catch {
			// No package.json in this folder: look in the one above.
		}
	}
	return 'unknown';
}

/** The insides of the pdfmake this module would load, with `fonts` for the patches that know fonts again. */
export function pdfmakeInsides(fonts: readonly Uint8Array[]): PdfmakeInsides {
	const pdfmakeEntry = createRequire(import.meta.url).resolve('pdfmake');
	const fromPdfmake = createRequire(pdfmakeEntry);
	const pdfkitEntry = fromPdfmake.resolve('pdfkit');
	const fromPdfkit = createRequire(pdfkitEntry);
	const fontkitEntry = fromPdfkit.resolve('fontkit');
	let sample: PdfkitSample | undefined;
	return {
		versions: {
			pdfmake: versionOf(pdfmakeEntry, 'pdfmake'),
			pdfkit: versionOf(pdfkitEntry, 'pdfkit'),
			fontkit: versionOf(fontkitEntry, 'fontkit')
		},
		pdfmakeClass: (path) => (fromPdfmake(path) as { default?: PdfmakeClass }).default,
		fontkit: fromPdfkit('fontkit') as PdfmakeInsides['fontkit'],
		pdfkitSample() {
			if (sample) return sample;
			const PdfkitDocument = fromPdfmake('pdfkit') as new (options: object) => PdfkitDocument;
			const document = new PdfkitDocument({ autoFirstPage: false });
			sample = { font: document.font(fonts[0] as Uint8Array)._font, reference: document.ref() };
			return sample;
		},
		fonts
	};
}
