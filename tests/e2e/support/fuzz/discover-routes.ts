import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Something a stranger can send to: a page's form action, a page's GET, or an endpoint's method. */
export interface FuzzTarget {
	/** The route's path with its parameters, e.g. `/plans/[planId]/outcomes`. */
	route: string;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** A form action's name (`default` for the default action), or null. */
	action: string | null;
	/** Field names the route's forms use, read from its pages, for requests that look almost right. */
	fields: string[];
}

const routesFolder = new URL('../../../../src/routes/', import.meta.url).pathname;

function files(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]
	);
}

/** `src/routes/(app)/plans/[planId]/+page.server.ts` → `/plans/[planId]`. */
function routeOf(file: string): string {
	const parts = relative(routesFolder, file).split(sep).slice(0, -1);
	return '/' + parts.filter((part) => !/^\(.+\)$/.test(part)).join('/');
}

/** The names of a file's form actions: the keys of `export const actions = { … }` at its first level. */
function actionNames(source: string): string[] {
	const start = source.indexOf('export const actions');
	if (start < 0) return [];
	return [...source.slice(start).matchAll(/^\t(\w+)\s*[:(]/gm)].map((match) => match[1]!);
}

/**
 * The fields a folder's pages name. A date input (`<DateInput name="startDate"`) sends three boxes,
 * `startDate-day`, `startDate-month` and `startDate-year`: those are fuzzed too.
 */
function fieldNames(folder: string, all: string[]): string[] {
	const names = new Set<string>();
	for (const file of all.filter((path) => path.startsWith(folder) && path.endsWith('.svelte'))) {
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(/\bname="(\w+)"/g)) names.add(match[1]!);
		for (const match of source.matchAll(/<DateInput\s[^>]*?\bname="(\w+)"/g))
			for (const part of ['day', 'month', 'year']) names.add(`${match[1]}-${part}`);
	}
	return [...names];
}

/**
 * Every form action and endpoint under `src/routes`, read from the source, so that a route added
 * tomorrow is fuzzed without anyone remembering to add it.
 */
export function discoverTargets(): FuzzTarget[] {
	const all = files(routesFolder);
	const targets: FuzzTarget[] = [];
	for (const file of all) {
		const name = file.slice(file.lastIndexOf(sep) + 1);
		const route = routeOf(file);
		const folder = file.slice(0, file.lastIndexOf(sep));
		const source = readFileSync(file, 'utf8');
		if (name === '+page.server.ts') {
			const fields = fieldNames(folder, all);
			targets.push({ route, method: 'GET', action: null, fields });
			const actions = actionNames(source);
			// A page without actions still gets posted to: it must say 405, not 500.
			for (const action of actions.length ? actions : ['default']) {
				targets.push({ route, method: 'POST', action, fields });
			}
		}
		if (name === '+server.ts') {
			for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				targets.push({ route, method: match[1] as FuzzTarget['method'], action: null, fields: [] });
			}
		}
	}
	return targets;
}
