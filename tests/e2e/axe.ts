import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, the bar for every page. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it stands and fails with the violations listed by rule and element.
 * axe is itself a script, so with JavaScript off it cannot run in the page: the same HTML (what the
 * server sent, after any form post) is replayed at the same address in a second page with the app's own
 * scripts blocked, and checked there.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
	const target = javaScriptEnabled ? page : await replayWithoutAppScripts(page);
	try {
		const results = await new AxeBuilder({ page: target }).withTags(tags).analyze();
		const summary = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
		expect(summary).toEqual([]);
	} finally {
		if (target !== page) await target.context().close();
	}
}

async function replayWithoutAppScripts(page: Page): Promise<Page> {
	const html = await page.content();
	const url = page.url();
	const context = await page
		.context()
		.browser()!
		.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
	const replay = await context.newPage();
	await replay.route('**/*', async (route) => {
		const request = route.request();
		if (request.url() === url && request.resourceType() === 'document') {
			await route.fulfill({ status: 200, contentType: 'text/html', body: html });
		} else if (request.resourceType() === 'script') {
			await route.abort();
		} else {
			await route.continue();
		}
	});
	await replay.goto(url);
	return replay;
}
