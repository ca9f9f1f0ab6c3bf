import { describe, expect, it } from 'vitest';
import { describeCycle, folderCycles } from './dependency-rules/cycles';
import { fileExists, importEdges, readSourceImports, type SourceImports } from './dependency-rules/graph';
import { importSpecifiers } from './dependency-rules/imports';
import { describeViolation, ruleViolations } from './dependency-rules/rules';

/** A made-up tree, so that the checks are seen to fail: imports as written, by file. */
function madeUp(sources: Record<string, string[]>) {
	const imports: SourceImports = new Map(Object.entries(sources));
	return importEdges(imports, (path) => imports.has(path));
}

describe('the dependency checks, on a made-up tree', () => {
	it('read static, type-only, re-exported and dynamic imports, and those in a component’s scripts', () => {
		const source = `import a from './a';\nimport type { B } from "$lib/b";\nexport * from '../c';\nexport { d } from './d';\nconst e = await import('./e');\ntype F = import('./f').F;\n// import g from './g';\nconst h = 'import h from "./h"';`;
		expect(importSpecifiers('x.ts', source)).toEqual(['./a', '$lib/b', '../c', './d', './e', './f']);
		const component = `<script module lang="ts">export { m } from './m';</script>\n<script lang="ts">\n\timport n from '$lib/n';\n</script>\n<p>import o from './o'</p>`;
		expect(importSpecifiers('X.svelte', component)).toEqual(['./m', '$lib/n']);
	});

	it('resolve $lib, relative paths, left-out endings and index files, and names packages', () => {
		const edges = madeUp({
			'src/lib/a/one.ts': [
				'$lib/b',
				'./two.js',
				'../c/Three.svelte',
				'@sveltejs/kit/vite',
				'$app/forms',
				'./$types',
				'./nowhere'
			],
			'src/lib/a/two.ts': [],
			'src/lib/b/index.ts': [],
			'src/lib/c/Three.svelte': []
		});
		expect(edges.map((edge) => edge.target)).toEqual([
			{ kind: 'file', path: 'src/lib/b/index.ts' },
			{ kind: 'file', path: 'src/lib/a/two.ts' },
			{ kind: 'file', path: 'src/lib/c/Three.svelte' },
			{ kind: 'external', name: '@sveltejs/kit' },
			{ kind: 'external', name: '$app/forms' },
			{ kind: 'generated' },
			{ kind: 'unresolved' }
		]);
	});

	it('catch the core importing SvelteKit, the database or server code, and allow it its own imports', () => {
		const edges = madeUp({
			'src/lib/plan/a.ts': [
				'$app/environment',
				'@sveltejs/kit',
				'kysely',
				'$lib/server/db/schema',
				'../thread/b',
				'valibot'
			],
			'src/lib/review/c.ts': ['better-sqlite3'],
			'src/lib/thread/b.ts': [],
			'src/lib/server/db/schema.ts': []
		});
		expect(ruleViolations(edges).map((violation) => [violation.from, violation.specifier, violation.rule])).toEqual([
			['src/lib/plan/a.ts', '$app/environment', 'core-stays-plain'],
			['src/lib/plan/a.ts', '@sveltejs/kit', 'core-stays-plain'],
			['src/lib/plan/a.ts', 'kysely', 'core-stays-plain'],
			['src/lib/plan/a.ts', '$lib/server/db/schema', 'core-stays-plain'],
			['src/lib/review/c.ts', 'better-sqlite3', 'core-stays-plain']
		]);
	});

	it('catch a component importing a server module, and the database layer importing routes or auth', () => {
		const edges = madeUp({
			'src/lib/components/A.svelte': ['$lib/server/audit/record-audit'],
			'src/routes/x/+page.svelte': ['./helper.server'],
			'src/routes/x/+page.server.ts': ['./helper.server'],
			'src/routes/x/helper.server.ts': [],
			'src/lib/server/audit/record-audit.ts': [],
			'src/lib/server/db/accounts.ts': ['../auth/session', '../../../routes/x/helper.server'],
			'src/lib/server/auth/session.ts': []
		});
		expect(ruleViolations(edges).map(describeViolation)).toEqual([
			`src/lib/components/A.svelte imports '$lib/server/audit/record-audit': a component may not import a server module (components-stay-client-safe)`,
			`src/routes/x/+page.svelte imports './helper.server': a component may not import a server module (components-stay-client-safe)`,
			`src/lib/server/db/accounts.ts imports '../auth/session': the database layer may not import auth (database-knows-no-callers)`,
			`src/lib/server/db/accounts.ts imports '../../../routes/x/helper.server': the database layer may not import routes (database-knows-no-callers)`
		]);
	});

	it('find a cycle between folders, a parent and its subfolder included, with the import behind each step', () => {
		const edges = madeUp({
			'src/lib/server/audit.ts': ['./db/accounts'],
			'src/lib/server/db/accounts.ts': ['../auth/id'],
			'src/lib/server/auth/id.ts': ['../audit'],
			'src/lib/thread/check.ts': ['./rules/a', '../dates/c'],
			'src/lib/thread/rules/a.ts': ['../finding'],
			'src/lib/thread/finding.ts': [],
			'src/lib/dates/c.ts': []
		});
		expect(folderCycles(edges).map(describeCycle)).toEqual([
			"src/lib/server → src/lib/server/db (src/lib/server/audit.ts imports './db/accounts') → src/lib/server/auth (src/lib/server/db/accounts.ts imports '../auth/id') → src/lib/server (src/lib/server/auth/id.ts imports '../audit')",
			"src/lib/thread → src/lib/thread/rules (src/lib/thread/check.ts imports './rules/a') → src/lib/thread (src/lib/thread/rules/a.ts imports '../finding')"
		]);
	});
});

describe('the source tree', () => {
	const edges = importEdges(readSourceImports('src'), fileExists);

	it('resolves every import of our own files, so that none escapes the checks', () => {
		const unresolved = edges.filter((edge) => edge.target.kind === 'unresolved');
		expect(unresolved.map((edge) => `${edge.from} imports '${edge.specifier}', which is not a file`)).toEqual([]);
		expect(edges.filter((edge) => edge.target.kind === 'file').length).toBeGreaterThan(100);
	});

	it('keeps the core plain, components client-safe and the database layer unaware of its callers', () => {
		expect(ruleViolations(edges).map(describeViolation)).toEqual([]);
	});

	it('has no cycle between folders', () => {
		expect(folderCycles(edges).map(describeCycle)).toEqual([]);
	});
});
