import { expect, test, type Page } from '@playwright/test';
import { signedInAsFamily } from './support/plan-layers';
import { fixturePlan, seedAgreedWithReview, seedMeeting, seedPlan } from './support/plans';
import { axeOncePerRoute } from './support/routes';
import { seedStaff } from './support/seed';

/**
 * Every page a family member can reach by following links, from their home: each answers (each route passes axe),
 * and shows nothing meant for staff — no checker finding, no "Mend this", no refusal, no missing page.
 * Downloads linked from those pages are fetched and must answer too. Run on a draft plan and on an agreed
 * plan with a review open, the two states a family meets.
 */

test.use({ viewport: { width: 390, height: 844 } });

/** Words that only appear where a family member has been shown something they cannot act on. */
const staffOnly = [/Mend this/, /Page not found/, /Only the plan.s editors/, /Sorry, there is a problem/];

async function crawl(page: Page): Promise<string[]> {
	const origin = new URL(page.url()).origin;
	const seen = new Set<string>(['/plans']);
	const queue = ['/plans'];
	const downloads = new Set<string>();
	const visited: string[] = [];
	const axe = axeOncePerRoute();
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBeLessThan(400);
		const here = new URL(page.url()).pathname;
		visited.push(here);
		const text = await page.locator('body').innerText();
		for (const phrase of staffOnly) expect(text, `${here} shows "${phrase.source}"`).not.toMatch(phrase);
		await expect(page.locator('.finding'), `${here} shows a checker finding`).toHaveCount(0);
		await axe(page);
		const links = await page
			.locator('a[href]')
			.evaluateAll((anchors) =>
				anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute('download') }))
			);
		for (const { href, download } of links) {
			const url = new URL(href);
			if (url.origin !== origin) continue;
			const target = url.pathname + url.search;
			if (url.pathname === '/sign-out') continue;
			if (download) {
				downloads.add(target);
				continue;
			}
			if (seen.has(target)) continue;
			seen.add(target);
			queue.push(target);
		}
		expect(seen.size, 'the crawl stays small: a family member has a few pages').toBeLessThan(80);
	}
	for (const path of downloads) {
		const response = await page.request.get(`${origin}${path}`);
		expect(response.status(), `status of the download ${path}`).toBe(200);
	}
	return visited;
}

test('a family member reaches only pages meant for them, on a draft plan', async ({ page }) => {
	test.setTimeout(360_000);
	const coordinator = await seedStaff({ role: 'coordinator' });
	const plan = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	await signedInAsFamily(page, coordinator.organisationId, plan.planId);
	const visited = await crawl(page);
	expect(visited).toContain(`/plans/${plan.planId}`);
	expect(visited).toContain(`/plans/${plan.planId}/read`);
});

test('a family member reaches only pages meant for them, on an agreed plan under review', async ({ page }) => {
	test.setTimeout(360_000);
	const coordinator = await seedStaff({ role: 'coordinator' });
	const plan = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	const { reviewId } = await seedAgreedWithReview(plan.planId, plan.versionId, coordinator.id);
	const { meetingId } = await seedMeeting(plan.planId, coordinator.id);
	await signedInAsFamily(page, coordinator.organisationId, plan.planId);
	const visited = await crawl(page);
	expect(visited).toContain(`/plans/${plan.planId}/reviews/${reviewId}`);
	expect(visited).toContain(`/plans/${plan.planId}/notes`);
	expect(visited).toContain(`/plans/${plan.planId}/meetings/${meetingId}`);
	expect(visited).toContain(`/plans/${plan.planId}/meetings/${meetingId}/present`);
});
