/**
 * The pictures' licences: every picture of the Easy Read catalogue comes from an allowed set, the set's
 * installed package declares the licence recorded for it, every file is there, and no set for
 * non-commercial use only (ARASAAC, Sclera) ever appears.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { picturePath } from '../../../src/lib/easy-read/picture-files';
import { pictureSets } from '../../../src/lib/easy-read/picture-sets';
import { pictures } from '../../../src/lib/easy-read/pictures';

const require = createRequire(import.meta.url);
const forbidden = /arasaac|sclera/i;

describe('the Easy Read pictures', () => {
	it('each come from a set on the allowed list', () => {
		const allowed = Object.keys(pictureSets);
		for (const picture of pictures) expect(allowed, picture.key).toContain(picture.set);
	});

	it("each set's installed package declares the licence recorded for it", () => {
		for (const [name, set] of Object.entries(pictureSets)) {
			const declared = JSON.parse(readFileSync(require.resolve(`${set.package}/package.json`), 'utf8')) as {
				license?: string;
			};
			expect(declared.license, name).toBe(set.licence);
			expect(set.attribution, name).toContain(set.licence.replace(/^CC-BY-SA-/, 'CC BY-SA '));
		}
	});

	it('each have their file in the installed package', () => {
		for (const picture of pictures) expect(existsSync(picturePath(picture)), picture.key).toBe(true);
	});

	it('never name ARASAAC or Sclera, whose pictures are for non-commercial use only', () => {
		for (const [name, set] of Object.entries(pictureSets)) {
			expect(`${name} ${set.package} ${set.attribution}`).not.toMatch(forbidden);
		}
		for (const picture of pictures) expect(`${picture.set} ${picture.file}`).not.toMatch(forbidden);
	});

	it('have each a key of their own', () => {
		expect(new Set(pictures.map((picture) => picture.key)).size).toBe(pictures.length);
	});
});
