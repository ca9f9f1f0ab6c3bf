/**
 * The pictures' files, read from the npm package each set ships in (the page serves them, the PDF
 * draws them). Only pictures in the catalogue are ever read: a key names a catalogue entry, never a path.
 * Node only; each file is read once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pictureSets, type PictureSetName } from './picture-sets';
import type { Picture } from './pictures';

const read = new Map<string, string>();

/** The folder of each set's package that holds its pictures as SVG (OpenMoji's colour ones). */
const folders: Readonly<Record<PictureSetName, string>> = { openmoji: 'color/svg' };

/** Where a picture's SVG file is in its installed package. */
export function picturePath(picture: Picture): string {
	const require = createRequire(import.meta.url);
	return require.resolve(`${pictureSets[picture.set].package}/${folders[picture.set]}/${picture.file}.svg`);
}

/** A picture's SVG, as its set drew it. */
export function pictureSvg(picture: Picture): string {
	let svg = read.get(picture.key);
	if (svg === undefined) {
		svg = readFileSync(picturePath(picture), 'utf8');
		read.set(picture.key, svg);
	}
	return svg;
}
