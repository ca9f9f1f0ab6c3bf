import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';

/** Every page and endpoint in src/routes, as a pattern of its address: "/plans/[planId]/outcomes". */
export function routes(dir = 'src/routes', path = ''): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) {
			// A (group) folder adds nothing to the address.
			const part = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
			found.push(...routes(join(dir, entry.name), path + part));
		} else if (entry.name === '+page.svelte' || entry.name === '+server.ts') found.push(path || '/');
	}
	return found;
}

export function matcher(route: string): RegExp {
	const pattern = route
		.split('/')
		.map((part) => (/^\[.+\]$/.test(part) ? '[^/]+' : part.replace(/[.]/g, '\\.')))
		.join('/');
	return new RegExp(`^${pattern}$`);
}

/** The route an address path belongs to; a fixed route ("/plans/new") wins over a parameter ("/plans/[planId]"). */
export function routeOf(path: string, all = routes()): string | undefined {
	const matching = all.filter((route) => matcher(route).test(path));
	return matching.sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0];
}

/**
 * axe for a crawl: once for each route, not for each address, since every address of a route is drawn by
 * the same template (the other addresses are still loaded and must answer). Not on the PostgreSQL server:
 * the engine does not change the HTML, and the js and no-js runs check it.
 */
export function axeOncePerRoute(): (page: Page) => Promise<void> {
	const all = routes();
	const checked = new Set<string>();
	const onPostgres = test.info().project.name.startsWith('postgres');
	return async (page) => {
		const route = routeOf(new URL(page.url()).pathname, all) ?? new URL(page.url()).pathname;
		if (onPostgres || checked.has(route)) return;
		checked.add(route);
		await expectNoAxeViolations(page);
	};
}
