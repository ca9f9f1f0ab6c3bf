/**
 * The PDF's typeface, Noto Sans, from the `@expo-google-fonts/noto-sans` package (whole TTFs, which
 * cover the Latin, Polish, Irish and Vietnamese in our families' names; Atkinson Hyperlegible Next,
 * the app's typeface, has no Vietnamese letters), and pdfmake set up once per thread:
 *
 * - the font files are read once and kept in pdfmake's in-memory file system, so a render reads no
 *   file and the fonts are never re-read;
 * - pdfmake may fetch no URL at all, and may read no local file but the fonts (CVE-2026-26801:
 *   nothing a plan says can make it fetch or read anything).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import { FONT } from './theme';

/** The four faces, as paths inside the font package. */
const FACES = {
	normal: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
	italics: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
	bolditalics: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf'
} as const;

type Face = keyof typeof FACES;

/**
 * The fonts of the scripts Noto Sans lacks, for the family summary (regular and bold; their italics are
 * the upright faces, as the scripts have none): Noto Naskh Arabic for Arabic and Urdu (Noto Nastaliq Urdu
 * crashes fontkit 2.0.4's anchor code), Noto Sans Bengali, and Mukta Mahee for Gurmukhi (Noto Sans
 * Gurmukhi crashes the same way). They lack Latin letters and digits: `scripts/script-runs.ts` gives
 * each run of text the font that has it.
 */
export const SCRIPT_FONTS = {
	NotoNaskhArabic: {
		normal: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
		bold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
	},
	NotoSansBengali: {
		normal: '@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf',
		bold: '@expo-google-fonts/noto-sans-bengali/700Bold/NotoSansBengali_700Bold.ttf'
	},
	MuktaMahee: {
		normal: '@fontsource/mukta-mahee/files/mukta-mahee-gurmukhi-400-normal.woff',
		bold: '@fontsource/mukta-mahee/files/mukta-mahee-gurmukhi-700-normal.woff'
	}
} as const;

export type ScriptFamily = keyof typeof SCRIPT_FONTS;

/** pdfmake's in-memory file system: on Node it is there but not in its types. */
interface VirtualFileSystem {
	existsSync(path: string): boolean;
	writeFileSync(path: string, content: Uint8Array): void;
}

/** The pdfmake instance, ready to render. */
export type Pdfmake = typeof pdfmake;

let prepared: { pdfmake: Pdfmake; buffers: readonly Uint8Array[]; byPath: ReadonlyMap<string, Uint8Array> } | undefined;

/** The absolute paths of the four font files. */
export function fontFiles(): Record<Face, string> {
	const require = createRequire(import.meta.url);
	return {
		normal: require.resolve(FACES.normal),
		bold: require.resolve(FACES.bold),
		italics: require.resolve(FACES.italics),
		bolditalics: require.resolve(FACES.bolditalics)
	};
}

/** The absolute paths of the script fonts' files, regular and bold, by family. */
export function scriptFontFiles(): Record<ScriptFamily, { normal: string; bold: string }> {
	const require = createRequire(import.meta.url);
	const entries = Object.entries(SCRIPT_FONTS).map(([family, faces]) => [
		family,
		{ normal: require.resolve(faces.normal), bold: require.resolve(faces.bold) }
	]);
	return Object.fromEntries(entries) as Record<ScriptFamily, { normal: string; bold: string }>;
}

/**
 * pdfmake with the fonts loaded and the access policies set; the first call in a thread reads the
 * fonts, later calls return at once.
 */
export function preparedPdfmake(): Pdfmake {
	if (prepared) return prepared.pdfmake;
	const files = fontFiles();
	const scripts = scriptFontFiles();
	const vfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
	// Each font sits in the in-memory file system under its own path, so the local access policy
	// below can name exactly these files, and pdfmake finds them in memory without reading the disk.
	const byPath = new Map<string, Uint8Array>();
	const paths = [...Object.values(files), ...Object.values(scripts).flatMap(({ normal, bold }) => [normal, bold])];
	for (const path of paths) {
		const bytes = readFileSync(path);
		byPath.set(path, bytes);
		vfs.writeFileSync(path, bytes);
	}
	const allowed = new Set<string>(paths);
	const scriptFamilies = Object.entries(scripts).map(([family, { normal, bold }]) => [
		family,
		{ normal, bold, italics: normal, bolditalics: bold }
	]);
	pdfmake.setFonts({ [FONT]: { ...files }, ...Object.fromEntries(scriptFamilies) });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
	prepared = { pdfmake, buffers: [...byPath.values()], byPath };
	return pdfmake;
}

/**
 * The fonts' bytes as pdfmake holds them: the very objects fontkit's fonts are opened from, so
 * code outside this layer can know these fonts again (the server's pdfmake patches share their tables).
 */
export function fontBuffers(): readonly Uint8Array[] {
	preparedPdfmake();
	return (prepared as NonNullable<typeof prepared>).buffers;
}

/** The bytes pdfmake holds for one of the font files (by its absolute path), for measuring text as it will. */
export function fontBytes(path: string): Uint8Array {
	preparedPdfmake();
	const bytes = (prepared as NonNullable<typeof prepared>).byPath.get(path);
	if (!bytes) throw new Error(`${path} is not one of the PDF's fonts`);
	return bytes;
}
