/**
 * The pdfmake patches: changes to pdfmake's, pdfkit's and fontkit's insides, found by profiling
 * (see `npm run bench -- --only=patches` for what each gains), each leaving PDFs as they were: the
 * same bytes, or for `merged-text-runs` the same text and look (tests/integration/pdf/pdfmake-patches.test.ts
 * checks both); and `tagged-structure`, which makes the plan's PDF a tagged PDF for screen readers,
 * its pages reading and looking as they did. They change the libraries for the whole thread, so they live here, on the server,
 * and are applied by the threads that make PDFs, not by the pure PDF layer.
 *
 * `PDFMAKE_PATCHES` switches them off (see switches.ts and README.md).
 */
import { fontBuffers } from '../../../pdf/fonts';
import { pdfmakeInsides } from './insides';
import type { PdfmakePatch } from './patch';
import { contentStrings } from './content-strings';
import { glyphNumbers } from './glyph-numbers';
import { mergedTextRuns } from './merged-text-runs';
import { repeatedHeaders } from './repeated-headers';
import { sharedFontTables } from './shared-font-tables';
import { sharedWordShapes } from './shared-word-shapes';
import { styleLookups } from './style-lookups';
import { patchSwitches } from './switches';
import { taggedStructure } from './tagged-structure';
import { textMeasure } from './text-measure';

/** Every patch, in the order they are applied. */
export const pdfmakePatches: readonly PdfmakePatch[] = [
	sharedFontTables,
	sharedWordShapes,
	mergedTextRuns,
	styleLookups,
	textMeasure,
	glyphNumbers,
	contentStrings,
	repeatedHeaders,
	taggedStructure
];

/** What became of each patch in this thread. */
export interface PatchReport {
	applied: string[];
	/** Switched off by `PDFMAKE_PATCHES`. */
	off: string[];
	/** Left out because what they change is not what they were written for, with why. */
	skipped: Array<{ name: string; reason: string }>;
}

let report: PatchReport | undefined;

/** Why a patch cannot go in with the libraries installed, or undefined when it can be tried. */
function versionMismatch(patch: PdfmakePatch, versions: Record<string, string>): string | undefined {
	for (const [library, version] of Object.entries(patch.writtenFor)) {
		if (versions[library] !== version) return `written for ${library} ${version}, found ${versions[library]}`;
	}
	return undefined;
}

/**
 * Applies the patches `PDFMAKE_PATCHES` leaves on, once per thread (later calls give back the same
 * report). Every patch's shape is checked before any is applied; a patch whose libraries differ from
 * what it was written for is left out whole, with one warning line.
 */
export function applyPdfmakePatches(setting: string | undefined = process.env.PDFMAKE_PATCHES): PatchReport {
	if (report) return report;
	const switches = patchSwitches(
		setting,
		pdfmakePatches.map((patch) => patch.name)
	);
	for (const problem of switches.problems) console.warn(problem);
	const insides = pdfmakeInsides(fontBuffers());
	const done: PatchReport = { applied: [], off: [], skipped: [] };
	const ready: Array<{ name: string; apply: () => void }> = [];
	for (const patch of pdfmakePatches) {
		if (switches.off.has(patch.name)) {
			done.off.push(patch.name);
			continue;
		}
		let reason = versionMismatch(patch, insides.versions);
		if (reason === undefined) {
			try {
				ready.push({ name: patch.name, apply: patch.prepare(insides) });
			} catch (error) {
				reason = error instanceof Error ? error.message : String(error);
			}
		}
		if (reason !== undefined) {
			done.skipped.push({ name: patch.name, reason });
			console.warn(`pdfmake patch ${patch.name} left out: ${reason}`);
		}
	}
	for (const { name, apply } of ready) {
		apply();
		done.applied.push(name);
	}
	report = done;
	return done;
}
