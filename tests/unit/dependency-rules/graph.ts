import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { importSpecifiers } from './imports';
import { resolveImport, type Target } from './resolve';

/** One import: the file that writes it (from the repository root), what it wrote, and where that leads. */
export interface ImportEdge {
	from: string;
	specifier: string;
	target: Target;
}

/** Each file's imports as written, by path from the repository root. */
export type SourceImports = ReadonlyMap<string, readonly string[]>;

/** Resolves every import of every file; `exists` says whether a path from the repository root is a file. */
export function importEdges(sources: SourceImports, exists: (path: string) => boolean): ImportEdge[] {
	return [...sources].flatMap(([from, specifiers]) =>
		specifiers.map((specifier) => ({ from, specifier, target: resolveImport(from, specifier, exists) }))
	);
}

/** The imports of every .ts, .js and .svelte file under `folder`, read from disk (run from the repository root). */
export function readSourceImports(folder: string): SourceImports {
	const sources = new Map<string, string[]>();
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir).sort()) {
			const path = posix.join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(ts|js|svelte)$/.test(name)) sources.set(path, importSpecifiers(path, readFileSync(path, 'utf8')));
		}
	};
	walk(folder);
	return sources;
}

/** Whether a path from the repository root is a file on disk. */
export const fileExists = (path: string): boolean => existsSync(path) && statSync(path).isFile();
