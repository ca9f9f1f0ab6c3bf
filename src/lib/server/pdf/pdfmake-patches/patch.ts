/**
 * What a pdfmake patch is: a change to pdfmake's, pdfkit's or fontkit's insides, written for exact
 * versions of them, which checks everything it changes before changing anything.
 */
import type { PdfmakeInsides } from './insides';

/** The libraries a patch may change. */
export type Library = 'pdfmake' | 'pdfkit' | 'fontkit';

export interface PdfmakePatch {
	/** Its name in `PDFMAKE_PATCHES`. */
	name: string;
	/** The versions of the libraries it changes that it was written for; any other version skips it. */
	writtenFor: Partial<Record<Library, string>>;
	/** Whether PDFs stay byte for byte the same with it; otherwise their text and look do. */
	sameBytes: boolean;
	/**
	 * What it is for, for a patch that is not a speed-up: the bench then reports what it costs
	 * instead of holding it to the least gain a speed-up must make.
	 */
	purpose?: string;
	/**
	 * Checks the shape of everything it changes, throwing (with why) when anything differs, and
	 * gives back the change itself. Nothing is changed before that function runs, and it only puts
	 * the new methods in place, so a patch is left out whole or goes in whole, never half.
	 */
	prepare(insides: PdfmakeInsides): () => void;
}
