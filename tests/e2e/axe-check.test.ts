import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/**
 * The accessibility check every page test relies on can fail: it finds a violation in the page as it
 * stands (with JavaScript off, in the HTML replayed for it), and a page checked after another is checked
 * as itself, not as the one before, even at the same address.
 */
test('the axe check fails on a page with a violation, and checks each page as it stands', async ({ page, baseURL }) => {
	const address = `${baseURL}/axe-check-probe`;
	let body = '';
	await page.route(address, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1>${body}</main></body></html>`
		})
	);
	const check = async (content: string, url = address) => {
		body = content;
		await page.goto(url);
		// A move to another fragment of the same address loads nothing: the page is loaded again.
		await page.reload();
		return expectNoAxeViolations(page).then(
			() => 'passed',
			(error: Error) => error.message
		);
	};

	expect(await check('<p>All well.</p>')).toBe('passed');
	const failed = await check('<img src="/favicon.png">');
	expect(failed).toContain('image-alt: Images must have alternative text');
	// The same address (a different fragment) with a page now clean: checked as it is now.
	expect(await check('<p>Mended.</p>', `${address}#again`)).toBe('passed');
	expect(await check('<label>Name</label><input id="name" type="text">', `${address}#form`)).toContain(
		'label: Form elements must have labels'
	);
});
