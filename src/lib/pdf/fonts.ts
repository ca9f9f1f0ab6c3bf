/**
 * The PDF's typeface, Noto Sans, from the `@expo-google-fonts/noto-sans` package (whole TTFs, which
 * cover the Latin, Polish, Irish and Vietnamese in our families' names; Atkinson Hyperlegible Next,
 * the app's typeface, has no Vietnamese letters), and pdfmake set up once per thread:
 *
 * - the font files are read once and kept in pdfmake's in-memory file system, so a render reads no
 *   file and the fonts are never re-read;
 * - pdfmake may fetch no URL at all, and may read no local file but the four fonts (CVE-2026-26801:
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

/** pdfmake's in-memory file system: on Node it is there but not in its types. */
interface VirtualFileSystem {
	existsSync(path: string): boolean;
	writeFileSync(path: string, content: Uint8Array): void;
}

/** The pdfmake instance, ready to render. */
export type Pdfmake = typeof pdfmake;

let prepared: { pdfmake: Pdfmake; buffers: readonly Uint8Array[] } | undefined;

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

/**
 * pdfmake with the fonts loaded and the access policies set; the first call in a thread reads the
 * fonts, later calls return at once.
 */
export function preparedPdfmake(): Pdfmake {
	if (prepared) return prepared.pdfmake;
	const files = fontFiles();
	const vfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
	// Each font sits in the in-memory file system under its own path, so the local access policy
	// below can name exactly these files, and pdfmake finds them in memory without reading the disk.
	const buffers: Uint8Array[] = [];
	for (const path of Object.values(files)) {
		const bytes = readFileSync(path);
		buffers.push(bytes);
		vfs.writeFileSync(path, bytes);
	}
	const allowed = new Set<string>(Object.values(files));
	pdfmake.setFonts({ [FONT]: { ...files } });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
	prepared = { pdfmake, buffers };
	return pdfmake;
}

/**
 * The four fonts' bytes as pdfmake holds them: the very objects fontkit's fonts are opened from, so
 * code outside this layer can know these fonts again (the server's pdfmake patches share their tables).
 */
export function fontBuffers(): readonly Uint8Array[] {
	preparedPdfmake();
	return (prepared as NonNullable<typeof prepared>).buffers;
}
