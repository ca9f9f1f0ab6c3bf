import { posix } from 'node:path';

/**
 * Where an import leads: a file of ours (a path from the repository root), something outside the tree
 * (a package, a Node built-in, or SvelteKit's `$app/…` and `$env/…`), or the route types SvelteKit
 * generates (`./$types`), which are types only.
 */
export type Target =
	{ kind: 'file'; path: string } | { kind: 'external'; name: string } | { kind: 'generated' } | { kind: 'unresolved' };

/** The endings the bundler tries, in order, for an import written without one. */
const endings = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

/**
 * Resolves `specifier`, imported by the file at `from`, as Vite and SvelteKit would: `$lib` is
 * `src/lib`, a path may leave out its ending, and `.js` may stand for `.ts`. `exists` says whether a
 * path from the repository root is a file.
 */
export function resolveImport(from: string, specifier: string, exists: (path: string) => boolean): Target {
	const bare = specifier.replace(/\?.*$/, '');
	if (/(^|\/)\$types(\.js)?$/.test(bare)) return { kind: 'generated' };
	const local =
		bare === '$lib' || bare.startsWith('$lib/')
			? posix.join('src/lib', bare.slice('$lib'.length))
			: bare.startsWith('.')
				? posix.join(posix.dirname(from), bare)
				: undefined;
	if (local === undefined) return { kind: 'external', name: packageName(bare) };
	const stems = local.endsWith('.js') ? [local, local.slice(0, -'.js'.length)] : [local];
	for (const stem of stems) {
		for (const ending of endings) if (exists(stem + ending)) return { kind: 'file', path: stem + ending };
	}
	return { kind: 'unresolved' };
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; `$app/…`, `$env/…` and `node:…` stay whole. */
function packageName(specifier: string): string {
	if (specifier.startsWith('$') || specifier.startsWith('node:')) return specifier;
	const parts = specifier.split('/');
	return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}
