import { expect, test } from '@playwright/test';
import { checkThread } from '../../src/lib/thread/checker/check';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedPlan } from './support/plans';
import { brokenPlan, currentVersion } from './support/seed-plan-check';
import { seedStaff, signIn } from './support/seed';

test("Sarah's clean thread: a clear success message, the thread view with 3 + 2 + 2 + 3 boxes and 12 lines, and the same thread as a list", async ({
	page
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const sarah = fixturePlan('sarah');
	const { planId, ids } = await seedPlan(staff.organisationId, sarah, staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/check`);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the thread');
	await expect(page).toHaveTitle('Check the thread – Sarah Okafor’s plan – Golden Thread');
	await expect(page.getByRole('heading', { name: 'The thread is complete' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Problems/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /^Checks/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Agree the plan' })).toHaveAttribute('href', `/plans/${planId}/agree`);

	const view = page.locator('svg[data-thread-view]');
	await expect(view).toHaveAttribute('role', 'img');
	await expect(view).toHaveAttribute(
		'aria-label',
		/3 aspirations, 2 needs, 2 outcomes and 3 provision, with 12 links and no loose ends\. The same thread is written out under “The thread as a list”/
	);
	for (const [kind, count] of [
		['aspiration', 3],
		['need', 2],
		['outcome', 2],
		['provision', 3]
	] as const) {
		await expect(view.locator(`g[data-kind="${kind}"]`)).toHaveCount(count);
	}
	await expect(view.locator('path[data-link]')).toHaveCount(12);
	await expect(view.locator('path[data-link="provision-outcome"]')).toHaveCount(3);
	await expect(
		view.locator(
			`path[data-link="outcome-aspiration"][data-from="${ids.get('outcome:o2')}"][data-to="${ids.get('aspiration:a3')}"]`
		)
	).toHaveCount(1);
	await expect(view.locator('[data-loose-end]')).toHaveCount(0);
	// Every word of a long outcome is in its box, wrapped over as many lines as it takes: nothing cut.
	const friendsOutcome = sarah.outcomes.find((outcome) => outcome.id === 'o1')!.text;
	const outcomeText = view.locator(`g[data-id="${ids.get('outcome:o1')}"] text.box__text`);
	await expect(outcomeText).toHaveText(friendsOutcome);
	expect(await outcomeText.locator('tspan').count()).toBeGreaterThan(3);
	expect((await view.locator('text.box__text').allTextContents()).join('')).not.toContain('…');
	await expect(page.getByRole('main')).not.toContainText(/hover/i);
	// The drawing scrolls inside its own box; the page itself never does.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

	const list = page.getByRole('region', { name: 'The thread as a list' });
	const friends = list.locator(`li[data-aspiration="${ids.get('aspiration:a1')}"]`);
	await expect(friends).toContainText('“I want to have friends.” — Sarah said');
	await expect(friends).toContainText('By the age of 16, Sarah will have a small group of friends');
	await expect(friends).toContainText('A mentor meets Sarah to explore her interests');
	await expect(friends).toContainText('Learning mentor, 1 session a week of 180 minutes, one to one');
	await expect(friends).toContainText('Sarah has a language delay.');
	await expect(list).toContainText('There are no loose ends');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'What the checks mean' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the checks mean');
});

test("on a phone, Tariq's thread is the list alone: the diagram is not shown, and nothing scrolls sideways", async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const staff = await seedStaff({ role: 'coordinator' });
	const tariq = fixturePlan('tariq');
	const { planId, ids } = await seedPlan(staff.organisationId, tariq, staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/check`);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the thread');
	await expect(page.locator('svg[data-thread-view]')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Thread view' })).toBeHidden();
	const list = page.getByRole('region', { name: 'The thread as a list' });
	await expect(list).toBeVisible();
	const longest = [...tariq.outcomes].sort((a, b) => b.text.length - a.text.length)[0]!;
	await expect(
		list.locator(`li[data-aspiration="${ids.get(`aspiration:${longest.aspirationIds[0]}`)}"]`)
	).toContainText(longest.text);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);

	// Wide enough, the diagram is back, with that outcome's every word in its box.
	await page.setViewportSize({ width: 1280, height: 900 });
	await expect(page.locator('svg[data-thread-view]')).toBeVisible();
	await expect(
		page.locator(`svg[data-thread-view] g[data-id="${ids.get(`outcome:${longest.id}`)}"] text.box__text`)
	).toHaveText(longest.text);
});

test("Kacper's plan: the three Checks, with their messages and links to mend them, and no Problems", async ({
	page
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const kacper = fixturePlan('kacper');
	const { planId, ids } = await seedPlan(staff.organisationId, kacper, staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/check`);

	await expect(page.getByRole('heading', { name: 'No problems: the plan can be agreed' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Problems/ })).toHaveCount(0);
	const checks = page.getByRole('region', { name: 'Checks (3)' });
	await expect(checks.getByRole('heading', { level: 3 })).toHaveText(['Outcomes', 'Provision']);
	const expected = checkThread({ ...kacper, plan: { ...kacper.plan, status: 'draft' } }, { today: '2026-11-22' });
	expect(expected.map((f) => `${f.rule}:${f.subject.id}`)).toEqual([
		'outcome-not-measurable:o3',
		'provision-not-quantified:p3',
		'provision-without-provider:p5'
	]);
	const items = checks.locator('li[data-rule]');
	await expect(items).toHaveCount(3);
	const hrefs = [
		`/plans/${planId}/outcomes?edit=${ids.get('outcome:o3')}#successCriteria`,
		`/plans/${planId}/provision?edit=${ids.get('provision:p3')}#sessions`,
		`/plans/${planId}/provision?edit=${ids.get('provision:p5')}#deliveredBy`
	];
	for (const [index, finding] of expected.entries()) {
		const item = items.nth(index);
		await expect(item).toHaveAttribute('data-rule', finding.rule);
		await expect(item).toContainText(`Check: ${finding.message}`);
		await expect(item.getByRole('link', { name: /^Mend this/ })).toHaveAttribute('href', hrefs[index]!);
	}
	const view = page.locator('svg[data-thread-view]');
	for (const [kind, count] of [
		['aspiration', 3],
		['need', 3],
		['outcome', 4],
		['provision', 7]
	] as const) {
		await expect(view.locator(`g[data-kind="${kind}"]`)).toHaveCount(count);
	}
	await expectNoAxeViolations(page);
});

test('a broken thread: the Problem listed first with its link, the loose end marked in the view and the list, and agreeing refused', async ({
	page
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId, versionId, ids } = await seedPlan(staff.organisationId, brokenPlan(), staff.id);
	const outcome = ids.get('outcome:o3')!;
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/check`);

	await expect(page.getByRole('heading', { name: /^The thread is complete|^No problems/ })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Problems (1)');
	const problems = page.getByRole('region', { name: 'Problems (1)' });
	await expect(problems).toContainText('These must be mended before the plan can be agreed.');
	const problem = problems.locator('li[data-rule="outcome-without-aspiration"]');
	await expect(problem).toContainText(
		'Problem: The outcome “By July 2027, Sarah will order her own…” is not linked to any aspiration.'
	);
	await expect(problem.getByRole('link', { name: /^Mend this/ })).toHaveAttribute(
		'href',
		`/plans/${planId}/outcomes?edit=${outcome}#aspirationIds`
	);
	await expect(page.getByRole('region', { name: 'Checks (2)' }).locator('li[data-rule]')).toHaveCount(2);
	await expect(page.getByRole('link', { name: 'Agree the plan' })).toHaveCount(0);

	const box = page.locator(`svg[data-thread-view] g[data-id="${outcome}"]`);
	await expect(box).toHaveAttribute('data-loose-end', 'true');
	await expect(box.locator('text.box__loose')).toHaveText('Loose end');
	await expect(box.locator('rect')).toHaveCSS('stroke-dasharray', /\d/);
	const looseEnds = page.locator(`li[data-loose-end="${outcome}"]`);
	await expect(looseEnds).toContainText(
		'This outcome works towards no aspiration. No provision supports this outcome yet.'
	);
	await expectNoAxeViolations(page);

	await page.goto(`/plans/${planId}/agree`);
	await expect(page.getByRole('heading', { name: 'The plan cannot be agreed yet' })).toBeVisible();
	await expect(
		page.locator('li[data-rule="outcome-without-aspiration"]').getByRole('link', { name: /^Mend this/ })
	).toHaveAttribute('href', `/plans/${planId}/outcomes?edit=${outcome}#aspirationIds`);
	await expect(page.getByRole('button', { name: 'Agree the plan' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Posting the form anyway is refused on the server, and nothing changes.
	const response = await page.request.post(`/plans/${planId}/agree?/agree`, {
		form: { versionId, tookPart: ids.get('team:t1')! },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(409);
	expect(await response.text()).toContain('The plan cannot be agreed: its thread has problems');
	expect(await currentVersion(planId)).toMatchObject({ status: 'draft', agreed_at: null, snapshot: null });
});
