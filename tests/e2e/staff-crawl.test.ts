import { expect, test, type Page } from '@playwright/test';
import { fixturePlan, seedAgreedWithReview, seedCompletedReview, seedMeeting, seedPlan } from './support/plans';
import { axeOncePerRoute, matcher, routes } from './support/routes';
import { seedStaff, signIn } from './support/seed';

/**
 * No page in the app is unreachable: an administrator who follows links from the caseload reaches every
 * route in src/routes an administrator may use, each page answering and each route passing axe. A route reached only
 * through a form on a page (a POST, such as downloading a child's records after typing one's password)
 * counts as reached by that form. The routes left out, and why:
 */
const notByLinks: Record<string, string> = {
	'/invitations/[token]': 'needs the one-time token from an invitation link, sent outside the app',
	'/set-password/[token]': 'needs the one-time token from a link an administrator sends outside the app',
	'/setup': 'only before the first organisation exists; a 404 after',
	'/sign-in': 'for people not signed in',
	'/sign-in/code': 'for people part-way through signing in',
	'/two-factor/set-up': 'for people who have not set up their authenticator yet; reached straight after signing in',
	'/healthz': 'for the load balancer, not for people',
	'/easy-read/pictures/[key].svg':
		'the Easy Read page’s pictures, loaded by its images rather than linked (easy-read.test.ts)',
	'/plans/[planId]/changes': 'the plan home’s live stream, opened by its script, not by a link (live-changes.test.ts)'
};

/** Follows every link on every page once per address path, from the caseload; answers the paths reached. */
async function crawl(page: Page): Promise<Set<string>> {
	const origin = new URL(page.url()).origin;
	const queued = new Set<string>(['/plans']);
	const queue = ['/plans'];
	const reached = new Set<string>();
	const downloads = new Set<string>();
	const axe = axeOncePerRoute();
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBeLessThan(400);
		const here = new URL(page.url()).pathname;
		reached.add(here);
		await expect(page.getByRole('heading', { level: 1 }), `${here} has its heading`).toHaveCount(1);
		await axe(page);
		const targets = await page.evaluate(() => [
			...[...document.querySelectorAll('a[href]')].map((a) => ({
				href: (a as HTMLAnchorElement).href,
				download: a.hasAttribute('download'),
				form: false
			})),
			...[...document.querySelectorAll('form[action]')].map((form) => ({
				href: (form as HTMLFormElement).action,
				download: false,
				form: true
			}))
		]);
		for (const { href, download, form } of targets) {
			const url = new URL(href);
			if (url.origin !== origin || url.pathname === '/sign-out') continue;
			if (form) {
				reached.add(url.pathname);
				continue;
			}
			if (download) {
				downloads.add(url.pathname + url.search);
				continue;
			}
			// One visit an address path: the query's variants (sorting, paging, ?edit=) show the same route.
			if (queued.has(url.pathname)) continue;
			queued.add(url.pathname);
			queue.push(url.pathname + url.search);
		}
		expect(queued.size, 'the crawl stays within the two plans seeded').toBeLessThan(120);
	}
	for (const path of downloads) {
		// PDFs are drawn on request, by a worker pool that may be busy: a minute, not the default 10 seconds.
		const response = await page.request.get(`${origin}${path}`, { timeout: 60_000 });
		expect(response.status(), `status of the download ${path}`).toBe(200);
		reached.add(new URL(path, origin).pathname);
	}
	return reached;
}

test('an administrator reaches every route meant for staff by following links from the caseload', async ({ page }) => {
	test.setTimeout(900_000);
	const admin = await seedStaff({ role: 'admin' });
	const coordinator = await seedStaff({ role: 'coordinator', organisationId: admin.organisationId });
	await seedStaff({ role: 'practitioner', organisationId: admin.organisationId });
	// A draft plan (to build and agree) and an agreed one with a review open (history, versions, reviews).
	await seedPlan(admin.organisationId, fixturePlan('amara'), coordinator.id);
	const agreed = await seedPlan(admin.organisationId, fixturePlan('sarah'), coordinator.id);
	await seedAgreedWithReview(agreed.planId, agreed.versionId, coordinator.id);
	// A meeting open on it: its page and its shared screen.
	await seedMeeting(agreed.planId, coordinator.id);
	// And one reviewed, its review completed (the review record's PDF is linked from it).
	const reviewed = await seedPlan(admin.organisationId, fixturePlan('sarah'), coordinator.id);
	await seedCompletedReview(reviewed.planId, reviewed.versionId, coordinator.id);
	// And a meeting ended on it: its page is the record, which links to the record's PDF.
	await seedMeeting(reviewed.planId, coordinator.id, { ended: true });

	await signIn(page, admin);
	const reached = [...(await crawl(page))];
	const all = routes();
	for (const route of Object.keys(notByLinks)) expect(all, `${route} is still a route`).toContain(route);
	const missed = all
		.filter((route) => !(route in notByLinks))
		.filter((route) => !reached.some((path) => matcher(route).test(path)));
	expect(missed, 'routes no link or form leads to').toEqual([]);
});
