/**
 * The PDF layer stays pure: nothing it imports, however indirectly, reaches the server's code (the
 * pdfmake patches among it), SvelteKit, or the database libraries. Server code imports it, never the
 * other way round.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const layer = join(root, 'src/lib/pdf');
/** What the layer may not import besides the server's own modules (known by their folder). */
const FORBIDDEN = [/^\$app\//, /^@sveltejs\/kit/, /^kysely/, /^better-sqlite3/];

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
	);
}

/** What a module imports, as written. */
function specifiers(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/\b(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] as string);
}

/** A relative or `$lib` import as a file, or undefined for a package. */
function fileOf(from: string, specifier: string): string | undefined {
	const base = specifier.startsWith('$lib/')
		? join(root, 'src/lib', specifier.slice(5))
		: specifier.startsWith('.')
			? resolve(dirname(from), specifier)
			: undefined;
	if (base === undefined) return undefined;
	return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate));
}

describe('the PDF layer', () => {
	it('imports nothing from the server, SvelteKit or the database, directly or through other modules', () => {
		const seen = new Set<string>();
		const reached: string[] = [];
		const visit = (file: string): void => {
			if (seen.has(file) || !file.endsWith('.ts')) return;
			seen.add(file);
			for (const specifier of specifiers(file)) {
				const next = fileOf(file, specifier);
				const server = next?.startsWith(join(root, 'src/lib/server'));
				if (server || FORBIDDEN.some((pattern) => pattern.test(specifier))) {
					reached.push(`${relative(root, file)} imports ${specifier}`);
				}
				if (next) visit(next);
			}
		};
		for (const file of filesUnder(layer)) visit(file);
		expect(seen.size).toBeGreaterThan(20);
		expect(reached).toEqual([]);
	});
});
