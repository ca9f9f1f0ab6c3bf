import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

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
	const check = async (target: Page) => {
		// Legacy mode runs axe in the page itself. The default also opens a blank page each time to put the
		// frames' results together, which took two thirds of each check here (1.4 s against 0.57 s for the
		// plan page); the app has no frames. Details are gathered for violations only, which are all we list.
		const results = await new AxeBuilder({ page: target })
			.withTags(tags)
			.options({ resultTypes: ['violations'] })
			.setLegacyMode()
			.analyze();
		return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	};
	const summary = javaScriptEnabled ? await check(page) : await withReplayWithoutAppScripts(page, check);
	expect(summary).toEqual([]);
}

/** The page each browser replays HTML in, kept for the worker's life: a new one each time cost a process. */
interface Replay {
	page: Page;
	/** What the next request for `url` (the document) is answered with. */
	html: string;
	url: string;
	/** Checks wait their turn, so that two pages' checks never share the replay at once. */
	turn: Promise<unknown>;
}

const replays = new WeakMap<Browser, Promise<Replay>>();

async function openReplay(browser: Browser): Promise<Replay> {
	const context = await browser.newContext({ javaScriptEnabled: true });
	const replay: Replay = { page: await context.newPage(), html: '', url: '', turn: Promise.resolve() };
	await replay.page.route('**/*', async (route) => {
		const request = route.request();
		if (request.url() === replay.url && request.resourceType() === 'document') {
			await route.fulfill({ status: 200, contentType: 'text/html', body: replay.html });
		} else if (request.resourceType() === 'script') {
			await route.abort();
		} else {
			await route.continue();
		}
	});
	return replay;
}

async function withReplayWithoutAppScripts<T>(page: Page, work: (replay: Page) => Promise<T>): Promise<T> {
	const browser = page.context().browser()!;
	let opening = replays.get(browser);
	if (!opening) {
		opening = openReplay(browser);
		replays.set(browser, opening);
	}
	const replay = await opening;
	const run = async () => {
		replay.html = await page.content();
		// The document's request carries no fragment.
		const url = page.url().replace(/#.*$/, '');
		const viewport = page.viewportSize();
		if (viewport) await replay.page.setViewportSize(viewport);
		replay.url = url;
		await replay.page.goto(url);
		return work(replay.page);
	};
	const result = replay.turn.then(run, run);
	replay.turn = result.catch(() => {});
	return result;
}
