import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './support/plan-builder';
import { signedInWithPlan } from './support/plan-layers';
import { fixturePlan, seedGrant, seedPlan, seedSessionCookie } from './support/plans';
import { icsEvents, pdfText, planAuditActions, seedAgreed, seedContributor } from './support/reviews';
import { seedStaff } from './support/seed';
import { fillDate } from './support/dates';

const sarah = fixturePlan('sarah');
const o2 = sarah.outcomes[1]!.text;

async function agreeThroughThePage(page: Page, base: string) {
	await page.goto(`${base}/agree`);
	await page.getByLabel(/^Sarah Okafor/).check();
	await page.getByLabel(/^Grace Okafor/).check();
	await page.getByRole('button', { name: 'Agree the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan agreed');
}

async function download(page: Page, path: string): Promise<{ bytes: Uint8Array; disposition: string; type: string }> {
	const response = await page.request.get(path);
	expect(response.status()).toBe(200);
	return {
		bytes: new Uint8Array(await response.body()),
		disposition: response.headers()['content-disposition'] ?? '',
		type: response.headers()['content-type'] ?? ''
	};
}

test('agree, review, next version: progress on both outcomes, version 2 without the achieved one, compared, PDFs and calendars', async ({
	page
}) => {
	test.setTimeout(300_000);
	const { base, planId } = await signedInWithPlan(page);

	// Nothing to review before the plan is agreed.
	await page.goto(`${base}/reviews/new`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a review');
	await expect(page.getByText('Only an agreed plan can be reviewed')).toBeVisible();
	await expectNoAxeViolations(page);

	await agreeThroughThePage(page, base);

	await page.goto(`${base}/history`);
	await expect(page).toHaveTitle('History – Sarah’s plan – Golden Thread');
	await expect(page.locator('[data-version="1"]')).toContainText('Agreed');
	await expect(page.getByText('There is only one version so far')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Record a review' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a review');
	await fillDate(page, 'Date of the review', '2027-03-04');
	await page.getByRole('button', { name: 'Start the review' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review of version 1');
	const reviewUrl = new URL(page.url()).pathname;
	await expectNoAxeViolations(page);

	// Completing with nothing recorded: a message by each outcome's rating and evidence.
	await page.getByRole('button', { name: 'Complete the review and start version 2' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByRole('alert')).toContainText('Choose how far outcome 1 got');
	await expect(page.getByRole('alert')).toContainText('Enter the evidence for outcome 2 in a sentence or two');
	await expectNoAxeViolations(page);

	// Record it as a draft, come back, complete it.
	await page.getByLabel(/^Mr Daniel Price/).check();
	await page.getByLabel(/^Grace Okafor/).check();
	await page.getByLabel('Sarah took part').check();
	await page.getByLabel('The family took part').check();
	await page.getByLabel('Through a drawing or pictures').check();
	await page.getByRole('group', { name: 'How far did outcome 1 get?' }).getByLabel('Achieved').check();
	await page
		.getByLabel('Evidence for outcome 1')
		.fill('Sarah meets two friends from lunch club at the park every Saturday.');
	await page.getByRole('group', { name: 'How far did outcome 2 get?' }).getByLabel('Good progress').check();
	await page.getByLabel('Evidence for outcome 2').fill('Sarah took the bus to school on her own on 12 days this term.');
	await page.getByLabel('Sarah’s views, in her own words').fill('I like going to the park with Mia and Jo.');
	await page.getByLabel('What changes next').fill('Travel training for the town centre.');
	await page.getByRole('button', { name: 'Save the review as a draft' }).click();
	await expect(page.getByRole('status')).toContainText('Review saved as a draft');
	await page.goto(reviewUrl);
	await expect(page.getByLabel('Evidence for outcome 1')).toHaveValue(
		'Sarah meets two friends from lunch club at the park every Saturday.'
	);
	await expect(
		page.getByRole('group', { name: 'How far did outcome 2 get?' }).getByLabel('Good progress')
	).toBeChecked();
	await expect(page.getByLabel('Through a drawing or pictures')).toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Complete the review and start version 2' }).click();
	await expect(page.getByRole('status')).toContainText('Version 2 of the plan has started as a draft');
	await expect(page.locator('[data-outcome="1"] [data-rating]')).toHaveText('Achieved');
	await expect(page.locator('[data-outcome="2"] [data-rating]')).toHaveText('Good progress');
	await expectNoAxeViolations(page);

	// The draft's dates moved on with the plan (the review was held the day before its date), and the
	// plan's home asks the team to check them; no date in it lies before its start.
	await page.goto(base);
	const moved = page.getByRole('region', { name: 'Dates moved on from the last version: check them' });
	await expect(moved).toContainText('This draft starts on 4 March 2027, the day of the review.');
	await expectNoAxeViolations(page);
	await page.goto(`${base}/provision`);
	await expect(page.locator('main').getByText('From 4 March 2027; review 4 March 2028')).toHaveCount(
		sarah.provision.length
	);
	await page.goto(`${base}/outcomes`);
	await expect(page.locator('main')).toContainText('– by 4 March 2028');
	await expect(page.locator('main')).not.toContainText('5 March 2027');
	await page.goto(`${base}/check`);
	await expect(page.locator('li[data-rule$="-date-out-of-range"]')).toHaveCount(0);

	// The history: two versions, the review, and the comparison.
	await page.goto(`${base}/history`);
	await expect(page.locator('[data-version="2"]')).toContainText('Draft');
	await expect(page.locator('[data-version="2"]')).toContainText('Current');
	await expect(page.locator('[data-version="1"] [data-review]')).toContainText('Review, 4 March 2027');
	await expect(page.locator('[data-version="1"] [data-review]')).toContainText(
		'Took part: Grace Okafor, Mr Daniel Price, the child, the family.'
	);
	const v1 = (await page
		.locator('[data-version="1"]')
		.getByRole('link', { name: 'See version 1' })
		.getAttribute('href'))!;
	const v2 = (await page
		.locator('[data-version="2"]')
		.getByRole('link', { name: 'See version 2' })
		.getAttribute('href'))!;
	await page.getByRole('button', { name: 'Compare the versions' }).click();
	await expect(page.getByRole('heading', { name: /^Version 1 and Version 2:/ })).toBeVisible();
	const removed = page.locator('[data-change="removed"][data-layer="outcomes"]');
	await expect(removed).toHaveCount(1);
	await expect(removed).toContainText('Outcome removed: By the age of 16, Sarah will have a small group');
	const planChange = page.locator('[data-layer="plan"]');
	await expect(planChange).toContainText('Start date');
	await expect(planChange).toContainText('Review date');
	await expect(planChange.locator('del').first()).toContainText('Removed:');
	await expect(planChange.locator('ins').first()).toContainText('Added:');
	await expect(page.locator('main')).not.toContainText(/[0-9a-f]{30}/);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'See the changes as a plain list' }).click();
	await expect(page.locator('[data-diff-list]')).toContainText(
		'Outcome removed: By the age of 16, Sarah will have a small group'
	);
	await expect(page.locator('[data-diff-list]')).toContainText('Review date: was “5 March 2027”, now “4 March 2028”.');
	await expectNoAxeViolations(page);

	// Version 2: only o2's outcome, the review date a year on from the review.
	await page.goto(v2);
	await expect(page.locator('[data-outcome]')).toHaveCount(1);
	await expect(page.locator('[data-outcome]')).toContainText(o2);
	await expect(page.locator('[data-review-date]')).toHaveText('4 March 2028');
	await expect(page.locator('[data-start-date]')).toHaveText('4 March 2027');
	await expectNoAxeViolations(page);
	await page.goto(v1);
	await expect(page.locator('[data-outcome]')).toHaveCount(2);
	await expect(page.locator('[data-version-status]')).toContainText('exactly as it was agreed');
	await expectNoAxeViolations(page);

	// PDFs: version 1 from its snapshot, the same text on every download; the review record.
	const first = await download(page, `${v1}/pdf`);
	expect(first.type).toBe('application/pdf');
	expect(first.disposition).toContain('filename="Sarah-Okafor-support-plan-2026-09-07.pdf"');
	const v1Text = await pdfText(first.bytes);
	expect(v1Text).toContain('have a small group of friends');
	expect(v1Text).toContain('travel independently by bus');
	expect(await pdfText((await download(page, `${v1}/pdf`)).bytes)).toBe(v1Text);
	const v2Pdf = await download(page, `${v2}/pdf`);
	expect(v2Pdf.disposition).toContain('filename="Sarah-Okafor-support-plan-2027-03-04.pdf"');
	const v2Text = await pdfText(v2Pdf.bytes);
	expect(v2Text).toContain('travel independently by bus');
	expect(v2Text).not.toContain('have a small group of friends');
	const reviewPdf = await download(page, `${reviewUrl}/pdf`);
	expect(reviewPdf.disposition).toContain('filename="Sarah-Okafor-review-2027-03-04.pdf"');
	const reviewText = await pdfText(reviewPdf.bytes);
	for (const words of [
		'Review of Sarah Okafor',
		'4 March 2027',
		'Mr Daniel Price',
		'Achieved',
		'Good progress',
		'lunch club at the park',
		'on her own on 12 days',
		'I like going to the park with Mia and Jo.',
		'Travel training for the town centre.'
	]) {
		expect(reviewText).toContain(words);
	}

	// Calendars: all-day events named in everyday words, linked to the plan, stable UIDs, no surname anywhere.
	const planIcs = await download(page, `${base}/calendar.ics`);
	expect(planIcs.type).toContain('text/calendar');
	const planIcsText = new TextDecoder().decode(planIcs.bytes);
	expect(planIcsText).not.toMatch(/Okafor|\(plan /i);
	const events = icsEvents(planIcsText);
	const planUrl = new URL(base, page.url()).href;
	expect(events.every((e) => e.isDate && e.url === planUrl)).toBe(true);
	expect(events.find((e) => e.uid === `${planId}-review@golden-thread`)).toMatchObject({
		start: '2028-03-04',
		summary: 'Review of Sarah’s support plan',
		alarms: ['-P14D']
	});
	expect(sarah.outcomes[1]!.steps[0]!.text).toMatch(/^Sarah travels the home to school route with her buddy walking/);
	expect(events.filter((e) => e.summary.startsWith('Target: '))).toEqual([
		expect.objectContaining({
			summary: 'Target: Sarah travels the home to school route with her buddy…',
			start: '2028-03-04',
			alarms: []
		})
	]);
	expect(events.filter((e) => e.summary.startsWith('Outcome target: '))).toHaveLength(1);
	expect(events.filter((e) => e.summary.endsWith(': Sarah’s plan')).map((e) => e.start)).toEqual(
		sarah.provision.map(() => '2028-03-04')
	);
	const caseload = new TextDecoder().decode((await download(page, '/plans/calendar.ics')).bytes);
	expect(caseload).not.toMatch(/Okafor|Sarah/i);
	expect(icsEvents(caseload)).toEqual([
		expect.objectContaining({
			uid: `${planId}-review@golden-thread`,
			summary: 'Review of S.O.’s support plan',
			start: '2028-03-04',
			isDate: true,
			url: planUrl,
			alarms: ['-P14D']
		})
	]);

	// The team moves the review on: a second download updates the same events rather than adding others.
	await page.goto(`${base}/details?edit=plan#reviewDate-day`);
	await hydrated(page);
	await fillDate(page, 'Next review date', '2028-02-11');
	await page.getByRole('button', { name: 'Save the plan’s details' }).click();
	await expect(page.getByRole('status')).toContainText('The plan’s details have been saved');
	const again = icsEvents(new TextDecoder().decode((await download(page, `${base}/calendar.ics`)).bytes));
	expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
	expect(again.every((e, i) => e.sequence > events[i]!.sequence)).toBe(true);
	expect(again.find((e) => e.uid === `${planId}-review@golden-thread`)!.start).toBe('2028-02-11');

	expect(await planAuditActions(planId)).toEqual(
		expect.arrayContaining([
			'plan.agreed',
			'review.started',
			'review.changed',
			'review.completed',
			'plan.exported.pdf',
			'review.exported.pdf',
			'plan.exported.calendar'
		])
	);
});

test('the family adds their views to a draft review; the rest is the editors’; archiving keeps the plan readable', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	const { base, planId } = await signedInWithPlan(page);
	await agreeThroughThePage(page, base);
	await page.goto(`${base}/reviews/new`);
	await fillDate(page, 'Date of the review', '2027-03-04');
	await page.getByRole('button', { name: 'Start the review' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review of version 1');
	const reviewUrl = new URL(page.url()).pathname;

	// The editor has the form open while the family writes.
	await page.goto(reviewUrl);
	await page.getByLabel('What changes next').fill('Start travel training.');

	const familyContext = await browser.newContext({ javaScriptEnabled: test.info().project.name !== 'no-js' });
	const family = await familyContext.newPage();
	const who = await seedContributor(planId);
	await family.goto('/sign-in');
	await family.getByLabel('Email address').fill(who.email);
	await family.getByLabel('Password').fill(who.password);
	await family.getByRole('button', { name: 'Sign in' }).click();
	// Their one plan is their home, and it says what is asked of them.
	await expect(family.getByRole('heading', { level: 1 })).toHaveText("Sarah's support plan", { timeout: 15_000 });
	await expect(family.getByRole('region', { name: 'What is asked of you now' })).toContainText(
		'Your views are needed for the review on 4 March 2027.'
	);
	await family.goto(reviewUrl);
	await expect(family.getByRole('heading', { name: 'Your views' })).toBeVisible();
	await expect(family.getByLabel('Evidence for outcome 1')).toHaveCount(0);
	await expect(family.getByRole('button', { name: /Complete the review/ })).toHaveCount(0);
	await expectNoAxeViolations(family);
	await family.getByLabel('The family’s views, in your own words').fill('Sarah is much happier going out now.');
	await family.getByRole('button', { name: 'Save the views' }).click();
	await expect(family.getByRole('status')).toContainText('Review saved as a draft');
	// A contributor may not start a review nor archive.
	expect(
		(
			await family.request.post(`${base}/reviews/new?/start`, {
				form: { 'date-day': '5', 'date-month': '3', 'date-year': '2027' },
				headers: { origin: new URL(family.url()).origin },
				maxRedirects: 0
			})
		).status()
	).toBe(404);
	await familyContext.close();

	// The editor's save, based on the form from before the family's, is refused; nothing is lost.
	await page.getByRole('button', { name: 'Save the review as a draft' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone else saved this review while you were editing');
	await expect(page.locator('[data-theirs]')).toContainText('Sarah is much happier going out now.');
	await expect(page.getByLabel('What changes next')).toHaveValue('Start travel training.');
	await expect(page.getByLabel('The family’s views, in their own words')).toHaveValue(
		'Sarah is much happier going out now.'
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save the review as a draft' }).click();
	await expect(page.getByRole('status')).toContainText('Review saved as a draft');
	await expect(page.getByLabel('The family’s views, in their own words')).toHaveValue(
		'Sarah is much happier going out now.'
	);
	await expect(page.getByLabel('What changes next')).toHaveValue('Start travel training.');

	// Archive: a reason is needed; then the plan is read-only and out of the caseload.
	await page.goto(`${base}/archive`);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Archive the plan' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByRole('alert')).toContainText('Enter why the plan is being archived');
	await expectNoAxeViolations(page);
	await page.getByLabel('Why is the plan being archived?').fill('Sarah moved to Hillside School.');
	await page.getByRole('button', { name: 'Archive the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan archived');
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('Archived');
	await expect(page.locator('[data-archived]')).toContainText('Sarah moved to Hillside School.');
	await expectNoAxeViolations(page);
	await page.goto(`${base}/history`);
	await expect(page.locator('[data-archived-notice]')).toContainText('Sarah moved to Hillside School.');
	await expect(page.getByRole('link', { name: 'Record a review' })).toHaveCount(0);
	await page.goto(reviewUrl);
	await expect(page.getByRole('button', { name: /Save the review/ })).toHaveCount(0);
	await page.goto('/plans');
	await expect(page.locator('main')).not.toContainText('Okafor');
	expect(
		icsEvents(new TextDecoder().decode(new Uint8Array(await (await page.request.get('/plans/calendar.ics')).body())))
	).toEqual([]);
	expect(await planAuditActions(planId)).toContain('plan.archived');
});

test('who may reach reviews, versions, history, archive and calendars: a stranger gets 404 everywhere, a viewer reads but may not record', async ({
	playwright,
	baseURL
}) => {
	const owner = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(owner.organisationId, fixturePlan('sarah'), owner.id);
	await seedAgreed(planId, owner.id);
	const base = `/plans/${planId}`;
	const ownerRequest = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(owner.id), origin: baseURL!, accept: 'text/html' }
	});
	const started = await ownerRequest.post(`${base}/reviews/new?/start`, {
		form: { 'date-day': '4', 'date-month': '3', 'date-year': '2027' },
		maxRedirects: 0
	});
	expect(started.status()).toBe(303);
	const reviewPath = new URL(started.headers()['location']!, baseURL).pathname;
	const versionId = /href="\/plans\/[^/]+\/versions\/([^"/]+)"/.exec(
		await (await ownerRequest.get(`${base}/history`)).text()
	)![1]!;
	await ownerRequest.dispose();

	const stranger = await seedStaff({ role: 'coordinator' });
	const viewer = await seedStaff({ role: 'practitioner', organisationId: owner.organisationId });
	await seedGrant(planId, viewer.id, 'viewer');
	const pages = [
		`${base}/history`,
		`${base}/reviews/new`,
		reviewPath,
		`${base}/versions/${versionId}`,
		`${base}/archive`
	];
	const downloads = [`${base}/calendar.ics`, `${base}/versions/${versionId}/pdf`, `${reviewPath}/pdf`];

	const strangerRequest = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(stranger.id), origin: baseURL!, accept: 'text/html' }
	});
	for (const path of [...pages, ...downloads])
		expect((await strangerRequest.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	expect(
		(
			await strangerRequest.post(`${reviewPath}?/save`, { form: { revision: '1', childViews: 'x' }, maxRedirects: 0 })
		).status()
	).toBe(404);
	expect(
		(await strangerRequest.post(`${base}/archive?/archive`, { form: { reason: 'x' }, maxRedirects: 0 })).status()
	).toBe(404);
	expect(icsEvents(await (await strangerRequest.get('/plans/calendar.ics')).text())).toEqual([]);
	await strangerRequest.dispose();

	const viewerRequest = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(viewer.id), origin: baseURL!, accept: 'text/html' }
	});
	for (const path of [...pages, ...downloads])
		expect((await viewerRequest.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
	const reviewHtml = await (await viewerRequest.get(reviewPath)).text();
	expect(reviewHtml).not.toContain('name="childViews"');
	expect(
		(
			await viewerRequest.post(`${reviewPath}?/save`, { form: { revision: '1', childViews: 'x' }, maxRedirects: 0 })
		).status()
	).toBe(404);
	expect(
		(await viewerRequest.post(`${reviewPath}?/complete`, { form: { revision: '1' }, maxRedirects: 0 })).status()
	).toBe(404);
	expect(
		(await viewerRequest.post(`${base}/archive?/archive`, { form: { reason: 'x' }, maxRedirects: 0 })).status()
	).toBe(404);
	expect(icsEvents(await (await viewerRequest.get('/plans/calendar.ics')).text()).map((e) => e.uid)).toEqual([
		`${planId}-review@golden-thread`
	]);
	await viewerRequest.dispose();
});
