import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedFamilyMember, signInFamily } from './support/plan-builder';
import { pdfText } from './support/reviews';
import { fixturePlan, seedAgreedWithReview, seedGrant, seedPlan, seedSessionCookie } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/** Pages after a sign-in, on a busy machine, get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });
/** The promise: what one person adds is on every other screen within 2 seconds. */
const live = { timeout: 2_000 };

/**
 * A planning meeting on Sarah's plan, with three screens open at once: the SENCo chairing, with the
 * shared screen on a 1920×1080 display; Grace (Sarah's mother) on a 390 px phone; Priya, the speech and
 * language therapist, on a laptop. With JavaScript on, what each adds appears on the others without a
 * reload; with it off, a refresh shows the same.
 */
test('a meeting round one screen and two devices: who’s here, the agenda, attributed contributions, live, and the record', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(300_000);
	const javaScript = test.info().project.use.javaScriptEnabled !== false;
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const priyaAccount = await seedStaff({
		role: 'practitioner',
		organisationId: coordinator.organisationId,
		name: 'Priya Shah'
	});
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await seedGrant(planId, priyaAccount.id, 'contributor');
	const family = await seedFamilyMember(planId, 'contributor');

	const chairContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
	const chair = await chairContext.newPage();
	await signIn(chair, coordinator);
	await chair.goto(`/plans/${planId}`);
	await chair.getByRole('link', { name: 'Meetings' }).click();
	await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Meetings');
	await expect(chair.getByText('No meeting has been held on this plan yet.')).toBeVisible();
	await chair.getByRole('button', { name: 'Start the meeting' }).click();
	await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Planning meeting');
	await expect(chair.getByRole('heading', { level: 2, name: 'Who’s here' })).toBeVisible();
	const meetingUrl = new URL(chair.url()).pathname;

	// Who's here: the child first, then the team, numbered; the chair marks who came.
	await chair.getByRole('radio', { name: 'Sarah Okafor: Here' }).check();
	await chair.getByRole('radio', { name: 'Grace Okafor: Here' }).check();
	await chair.getByRole('radio', { name: 'Tom Reilly: Sent apologies' }).check();
	await chair.getByLabel('Sarah is here for the whole meeting').check();
	await chair.getByRole('button', { name: 'Save who’s here' }).click();
	await expect(chair.getByRole('status')).toContainText('Who’s here has been saved');
	await expect(chair.getByRole('radio', { name: 'Tom Reilly: Sent apologies' })).toBeChecked();
	await expectNoAxeViolations(chair);

	// The shared screen, in a second tab of the chair's browser.
	const screen = await chairContext.newPage();
	await screen.goto(`${meetingUrl}/present`);
	await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Who’s here');
	await expect(screen.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	await expect(screen.locator('.people')).toContainText('Sarah Okafor');
	await expect(screen.getByText('Apologies from Tom Reilly.')).toBeVisible();
	expect(await smallestTextPx(screen)).toBeGreaterThanOrEqual(28);
	await expectNoAxeViolations(screen);

	// Grace on her phone, Priya on her laptop.
	const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const grace = await phoneContext.newPage();
	await signInFamily(grace, family);
	await grace.goto(`/plans/${planId}/meetings`);
	await grace.getByRole('link', { name: 'Join the meeting' }).click();
	await expect(grace.getByRole('heading', { level: 2, name: 'Who’s here' })).toBeVisible();
	await expect(grace.getByRole('link', { name: 'End the meeting' })).toHaveCount(0);
	const laptopContext = await browser.newContext({ baseURL });
	const priya = await laptopContext.newPage();
	await signIn(priya, priyaAccount);
	await priya.goto(meetingUrl);

	// The chair moves everyone on from the shared screen (the arrow key, with JavaScript).
	if (javaScript) {
		await screen.locator('body').press('ArrowRight');
	} else {
		await screen.getByRole('button', { name: /^Next: What we like and admire about Sarah/ }).click();
	}
	await expect(screen.getByRole('heading', { level: 1 })).toHaveText('What we like and admire about Sarah');
	const follows = async (page: Page, heading: string) => {
		if (!javaScript) await page.reload();
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible(live);
	};
	await follows(grace, 'What we like and admire about Sarah');
	await follows(priya, 'What we like and admire about Sarah');

	// Each adds from their own device; the others see it, with who said it.
	await grace.getByLabel('What they said').fill('She is kind to everyone, even when she is tired.');
	await grace.getByRole('button', { name: 'Add what was said' }).click();
	await expect(grace.locator('.said')).toContainText('She is kind to everyone');
	const graceSaid = 'Grace said: “She is kind to everyone, even when she is tired.”';
	const sees = async (page: Page, text: RegExp | string, where = '.said') => {
		if (!javaScript) await page.reload();
		await expect(page.locator(where).first()).toContainText(text, live);
	};
	await sees(priya, graceSaid);
	await sees(screen, 'She is kind to everyone, even when she is tired.');

	await priya.getByLabel('What they said').fill('Sarah always helps the younger ones in group.');
	await priya.getByRole('button', { name: 'Add what was said' }).click();
	await expect(priya.locator('.said')).toContainText('Priya said: “Sarah always helps the younger ones in group.”');
	await sees(grace, 'Priya said: “Sarah always helps the younger ones in group.”');

	// The note-taker writes down what Sarah said, with her key worker: first and largest on the shared screen.
	await chair.goto(meetingUrl);
	await chair.getByLabel('Who said it').selectOption({ label: '1. Sarah Okafor (Child or young person)' });
	await chair.getByLabel('Who helped them say it (optional)').fill('her key worker');
	await chair.getByLabel('What they said').fill('I like drawing animals, mostly cats.');
	await chair.getByRole('button', { name: 'Add what was said' }).click();
	await sees(screen, 'Sarah said (with her key worker) I like drawing animals, mostly cats.', '.child-said');
	await sees(grace, 'Sarah said (with her key worker): “I like drawing animals, mostly cats.”');
	await expect(grace.locator('.said li').first()).toContainText('Sarah said');

	// A phone that lost its connection catches up when it is back.
	if (javaScript) {
		await phoneContext.setOffline(true);
		await priya.getByLabel('What they said').fill('Group work on Fridays is going well.');
		await priya.getByRole('button', { name: 'Add what was said' }).click();
		await expect(priya.locator('.said')).toContainText('Group work on Fridays');
		await phoneContext.setOffline(false);
		await expect(grace.locator('.said')).toContainText('Group work on Fridays is going well.', { timeout: 10_000 });
	}
	await expectNoAxeViolations(grace);

	// Grace parks something to come back to; the chair agrees an action and records the check.
	await grace.getByLabel('Something to come back to').fill('How she gets to college');
	await grace.getByRole('button', { name: 'Park it' }).click();
	await expect(grace.getByRole('status')).toContainText('Parked');
	await sees(screen, 'How she gets to college', '.parked');
	await chair.goto(`${meetingUrl}?screen=actions`);
	await chair.getByLabel('What will be done').fill('Book a visit to the college with Sarah');
	await chair.getByLabel('Who will do it').fill('Grace Okafor');
	await chair.getByLabel('Day').fill('15');
	await chair.getByLabel('Month').fill('1');
	await chair.getByLabel('Year').fill('2027');
	await chair.getByRole('button', { name: 'Add the action' }).click();
	await expect(chair.locator('table.actions tbody tr').first().locator('td')).toHaveText([
		'Book a visit to the college with Sarah',
		'Grace Okafor',
		'15 January 2027'
	]);
	await chair.locator('#parked').getByRole('button', { name: 'Mark as come back to' }).click();
	await expect(chair.locator('#parked s')).toHaveText('How she gets to college');
	await chair.goto(`${meetingUrl}?screen=check`);
	await chair.getByLabel('Space: was Sarah able to take part as they wished?').fill('She chose to stay for all of it.');
	await chair.getByLabel('Voice: how were Sarah’s views given?').fill('In her own words, with her key worker.');
	await chair.getByLabel('Audience: who listened to Sarah’s views?').fill('Everyone here, the SENCo included.');
	await chair.getByLabel('Influence: what changed because of Sarah’s views?').fill('Art club is now in her plan.');
	await chair.getByRole('button', { name: 'Save the check' }).click();
	await expect(chair.getByRole('status')).toContainText('The check before agreeing has been saved');

	// Grace cannot end the meeting or move it on, even by sending the form herself.
	for (const action of ['end', 'screen']) {
		const response = await grace.request.post(`${baseURL}${meetingUrl}?/${action}`, {
			form: { screen: 'check' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `Grace posting ?/${action}`).toBe(404);
	}

	// The record's PDF waits for the meeting to end.
	expect((await chair.request.get(`${baseURL}${meetingUrl}/pdf`)).status()).toBe(409);

	// The chair ends it, after confirming; everyone is left with the record.
	await chair.getByRole('link', { name: 'End the meeting' }).click();
	await chair.getByRole('button', { name: 'Yes, end the meeting' }).click();
	await expect(chair.getByRole('heading', { level: 1 })).toHaveText(/^Planning meeting on \d{1,2} \w+ \d{4}$/);
	const record = chair.locator('main');
	await expect(record.getByRole('heading', { name: 'What each person said' })).toBeVisible();
	const people = await record.locator('h3').allTextContents();
	expect(people[0]).toMatch(/^Sarah Okafor/);
	expect(people.slice(1, 3).sort()).toEqual([
		expect.stringMatching(/^Grace Okafor \S+ Family$/),
		'Priya Shah Speech and language therapist'
	]);
	// Under Sarah's name, her words and who helped her say them, spaced as a sentence.
	await expect(record.locator('h3 + ul.said').first()).toContainText(
		'What we like and admire about Sarah: “I like drawing animals, mostly cats.” (said with her key worker)'
	);
	await expect(record.locator('table.actions')).toContainText('Book a visit to the college with Sarah');
	await expect(record.locator('dl.check')).toContainText('Art club is now in her plan.');
	await expect(record).toContainText('How she gets to college (come back to)');
	await expect(record).toContainText('Tom Reilly');
	await expect(record).toContainText('Sent apologies');
	await expect(chair.getByRole('button', { name: 'Add what was said' })).toHaveCount(0);
	await expectNoAxeViolations(chair);

	// The record as a PDF, from the link on the record.
	const pdfHref = await chair.getByRole('link', { name: 'Download the record (PDF)' }).getAttribute('href');
	const pdf = await chair.request.get(`${baseURL}${pdfHref}`, { timeout: 60_000 });
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const pdfWords = await pdfText(new Uint8Array(await pdf.body()));
	for (const words of [
		'Record of the planning meeting',
		'Tom Reilly (Travel trainer) — Sent apologies',
		'“I like drawing animals, mostly cats.” — Sarah said (with her key worker)',
		'Grace said: “She is kind to everyone, even when she is tired.”',
		'Book a visit to the college with Sarah Grace Okafor 15 January 2027',
		'Art club is now in her plan.'
	])
		expect(pdfWords).toContain(words);
	await grace.goto(meetingUrl);
	await expect(grace.getByRole('button', { name: 'Add what was said' })).toHaveCount(0);
	await expect(grace.locator('main')).toContainText('I like drawing animals, mostly cats.');
	await Promise.all([chairContext.close(), phoneContext.close(), laptopContext.close()]);
});

test('a meeting’s page refuses bad input by the field, keeps what was typed, and tells a stranger nothing', async ({
	page,
	request,
	baseURL
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const stranger = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/meetings`);
	await page.getByRole('button', { name: 'Start the meeting' }).click();
	const meetingUrl = new URL(page.url()).pathname;

	await page.getByLabel('What they said').fill('Said by nobody in particular');
	await page.getByRole('button', { name: 'Add what was said' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Choose who said it');
	await expect(page.getByLabel('What they said')).toHaveValue('Said by nobody in particular');
	await expectNoAxeViolations(page);

	await page.getByLabel('Their name').fill('');
	await page.getByLabel('Who they are').fill('Grandmother');
	await page.getByRole('button', { name: 'Add to who’s here' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter their name');
	await expect(page.getByLabel('Who they are')).toHaveValue('Grandmother');

	// Starting again finds the meeting already open rather than a second one.
	await page.goto(`/plans/${planId}/meetings`);
	await expect(page.getByRole('heading', { name: 'A meeting is on now' })).toBeVisible();

	const cookie = await seedSessionCookie(stranger.id);
	const strangerPaths = [
		meetingUrl,
		`${meetingUrl}/present`,
		`${meetingUrl}/pdf`,
		`/plans/${planId}/meetings`,
		`/plans/${planId}/changes`
	];
	for (const path of strangerPaths) {
		const response = await request.get(`${baseURL}${path}`, { headers: { cookie }, maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
	}

	// Sarah’s mother takes part, but neither ends the meeting nor agrees the plan, however she asks: to her
	// those are not there (404), and the meeting goes on.
	const family = await seedFamilyMember(planId, 'contributor');
	const familyCookie = await seedSessionCookie(family.id);
	const asFamily = { cookie: familyCookie, origin: baseURL!, accept: 'text/html' };
	const end = await request.post(`${baseURL}${meetingUrl}?/end`, { headers: asFamily, form: {}, maxRedirects: 0 });
	expect(end.status()).toBe(404);
	const agree = await request.post(`${baseURL}/plans/${planId}/agree?/agree`, {
		headers: asFamily,
		form: {},
		maxRedirects: 0
	});
	expect(agree.status()).toBe(404);
	await page.goto(meetingUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planning meeting');
});

/**
 * A review meeting on Sarah's agreed plan, whose review the team had started: the chair records what the
 * meeting recommends and where people did not agree, ends it, and leaves with the review record.
 */
test('a review meeting becomes the review record: words, actions, the recommendation and differences of opinion', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId, versionId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const { reviewId } = await seedAgreedWithReview(planId, versionId, coordinator.id);
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/meetings`);
	await page.getByRole('button', { name: 'Start the meeting' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review meeting');
	await page.getByRole('radio', { name: 'Sarah Okafor: Here' }).check();
	await page.getByRole('radio', { name: 'Grace Okafor: Here' }).check();
	await page.getByLabel('Sarah is here for part of the meeting').check();
	await page.getByLabel('More about how Sarah is taking part (optional)').fill('After break only.');
	await page.getByRole('button', { name: 'Save who’s here' }).click();
	await expect(page.getByRole('status')).toContainText('Who’s here has been saved');

	await page.goto(`${new URL(page.url()).pathname}?screen=working`);
	for (const [who, words] of [
		['1. Sarah Okafor (Child or young person)', 'I like the quiet room at lunch.'],
		['2. Grace Okafor (Parent or carer)', 'Mornings are still hard for her.']
	]) {
		await page.getByLabel('Who said it').selectOption({ label: who! });
		await page.getByLabel('What they said').fill(words!);
		await page.getByRole('button', { name: 'Add what was said' }).click();
		await expect(page.getByRole('status')).toContainText('What was said has been added');
	}

	await page.getByRole('link', { name: 'Actions' }).click();
	// The agreed plan changes only through its review: the chair is told why actions are not put into it here.
	await expect(page.getByText(/^The plan is agreed, so it changes only through its review/)).toBeVisible();
	await page.getByRole('radio', { name: 'Change the plan' }).check();
	await page.getByLabel('What to change, or why (optional)').fill('Add travel training.');
	await page
		.getByLabel('Where people did not agree (optional)')
		.fill('Grace would like more speech therapy than the school proposes.');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('What the meeting recommends has been saved');
	await expect(page.getByRole('radio', { name: 'Change the plan' })).toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'End the meeting' }).click();
	await expect(page.locator('#end')).toContainText('It also goes into the plan’s review');
	await page.getByRole('button', { name: 'Yes, end the meeting' }).click();
	const record = page.locator('main');
	await expect(record.getByRole('heading', { level: 2, name: 'What the meeting recommends' })).toBeVisible();
	await expect(record).toContainText('Sarah is here for part of the meeting. After break only.');
	await expect(record).toContainText('Change the plan. Add travel training.');
	await expect(record).toContainText('Grace would like more speech therapy than the school proposes.');

	await page.getByRole('link', { name: 'Open the review' }).click();
	await expect(page).toHaveURL(new RegExp(`/plans/${planId}/reviews/${reviewId}$`));
	await expect(page.getByLabel('Sarah’s views, in her own words')).toHaveValue(
		/^In the meeting on \d{1,2} \w+ \d{4}:\n“I like the quiet room at lunch\.”$/
	);
	await expect(page.getByLabel('The family’s views, in their own words')).toHaveValue(
		/Grace said: “Mornings are still hard for her\.”$/
	);
	await expect(page.getByLabel('What changes next')).toHaveValue(
		/The meeting recommends: Change the plan\. Add travel training\.\nWhere people did not agree: Grace would like more/
	);
	await expect(page.getByRole('link', { name: 'See the meeting’s full record' })).toBeVisible();
	await expectNoAxeViolations(page);
});

/**
 * The plan's screen of a planning meeting: the chair puts what Sarah said into the plan as an aspiration,
 * kept as Sarah's words; Grace, on her phone, suggests new words for it from the meeting; on the chair's
 * screen the suggestion waits beside Sarah's words, which stay as she said them until accepted with her.
 */
test('on the plan’s screen, Sarah’s words become an aspiration, and Grace’s suggestion to them waits for Sarah', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const family = await seedFamilyMember(planId, 'contributor');

	const chairContext = await browser.newContext({ baseURL, javaScriptEnabled });
	const chair = await chairContext.newPage();
	await signIn(chair, coordinator);
	await chair.goto(`/plans/${planId}/meetings`);
	await chair.getByRole('button', { name: 'Start the meeting' }).click();
	await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Planning meeting');
	const meetingUrl = new URL(chair.url()).pathname;
	const planScreen = `${meetingUrl}?screen=plan`;

	// Grace follows the plan's screen on her phone.
	const phoneContext = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 390, height: 844 } });
	const grace = await phoneContext.newPage();
	await signInFamily(grace, family);
	await grace.goto(planScreen);
	const graceAspirations = grace.locator('.plan-words > li');
	await expect(graceAspirations).toHaveCount(3);

	// The note-taker writes down what Sarah said, with her key worker.
	const words = 'I want to work with horses when I leave school.';
	await chair.goto(planScreen);
	await chair.getByLabel('Who said it').selectOption({ label: '1. Sarah Okafor (Child or young person)' });
	await chair.getByLabel('Who helped them say it (optional)').fill('her key worker');
	await chair.getByLabel('What they said').fill(words);
	await chair.getByRole('button', { name: 'Add what was said' }).click();
	const contribution = chair.locator('.said li', { hasText: words });
	await contribution.getByRole('link', { name: /^Put it in the plan/ }).click();

	// A need without its area is refused by the field, and nothing is put in the plan.
	await chair.getByLabel('A need: something that stands in the way').check();
	await chair.getByRole('button', { name: 'Put it in the plan' }).click();
	await expect(chair.getByRole('alert')).toContainText('Select the area of need');
	await expect(chair.locator('.field--error')).toContainText('Select the area of need');
	await expectNoAxeViolations(chair);

	await chair.getByLabel('An aspiration, in their words').check();
	await chair.getByRole('button', { name: 'Put it in the plan' }).click();
	await expect(chair.getByRole('status')).toContainText('Put in the plan');
	await expect(chair.locator('.said li', { hasText: words }).locator('.became')).toHaveText('Became aspiration 4');
	await expect(
		chair.locator('.said li', { hasText: words }).getByRole('link', { name: /^Put it in the plan/ })
	).toHaveCount(0);
	const sarahsAspiration = chair.locator('.plan-words > li').nth(3);
	await expect(sarahsAspiration.locator('blockquote').first()).toHaveText(`“${words}”`);
	await expect(sarahsAspiration).toContainText('Sarah said (with her key worker)');
	await expectNoAxeViolations(chair);

	// The new aspiration reaches Grace's phone: live with JavaScript, on a refresh without.
	if (!javaScriptEnabled) await grace.reload();
	await expect(graceAspirations).toHaveCount(4, live);
	await expect(grace.getByRole('link', { name: /^Put it in the plan/ })).toHaveCount(0);

	// Grace suggests new words for Sarah's aspiration: a suggestion, not a change.
	const suggested = 'I want to work with horses and ponies when I leave school.';
	await grace.getByRole('link', { name: 'Suggest new words for aspiration 4' }).click();
	await grace.getByLabel('New words you suggest for aspiration 4').fill(suggested);
	await grace.getByRole('button', { name: 'Suggest this change' }).click();
	await expect(grace.getByRole('status')).toContainText('Suggestion made');
	const onPhone = graceAspirations.nth(3);
	await expect(onPhone.locator('blockquote').first()).toHaveText(`“${words}”`);
	await expect(onPhone).toContainText('Grace suggests:');
	await expect(onPhone).toContainText('Until Sarah accepts it, the words stay as they were said.');
	await expect(onPhone.getByRole('button', { name: 'Accept the change' })).toHaveCount(0);
	expect(await grace.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(grace);

	// On the chair's screen it waits beside Sarah's words, which stay as she said them.
	if (!javaScriptEnabled) await chair.reload();
	await expect(sarahsAspiration).toContainText('Grace suggests:', live);
	await expect(sarahsAspiration).toContainText(`“${suggested}”`);
	await expect(sarahsAspiration.locator('blockquote').first()).toHaveText(`“${words}”`);
	await sarahsAspiration.getByLabel('Sarah agreed to this decision').check();
	await sarahsAspiration.getByLabel('How or where they agreed (optional)').fill('in the planning meeting');
	await sarahsAspiration.getByRole('button', { name: 'Accept the change' }).click();
	await expect(sarahsAspiration.locator('blockquote').first()).toHaveText(`“${suggested}”`);
	// With JavaScript the accepted words come back through the page's own answer or the live stream,
	// whichever lands first (the stream's reload may keep the address, and so the earlier notice).
	if (!javaScriptEnabled) await expect(chair.getByRole('status')).toContainText('Suggestion accepted');
	await expect(sarahsAspiration).toContainText(
		/Changed on \d{1,2} \w+ \d{4} at Grace’s suggestion, accepted by Sam with Sarah, in the planning meeting/
	);
	await expectNoAxeViolations(chair);

	// The record says what went into the plan from what was said.
	await chair.getByRole('link', { name: 'End the meeting' }).click();
	await chair.getByRole('button', { name: 'Yes, end the meeting' }).click();
	const record = chair.locator('main');
	await expect(record.getByRole('heading', { name: 'What went into the plan from what was said' })).toBeVisible();
	await expect(record).toContainText(`Sarah said (with her key worker): “${words}” — Became aspiration 4`);
	await Promise.all([chairContext.close(), phoneContext.close()]);
});

/**
 * An action agreed in Sarah's planning meeting goes into her plan with one confirmation: the chair
 * chooses "a step of outcome 2", reads exactly what will change, confirms, and the action says what it
 * became; the outcome has the step, by the action's date.
 */
test('the chair puts an action into the plan as a step of an outcome, after one confirmation', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/meetings`);
	await page.getByRole('button', { name: 'Start the meeting' }).click();
	const meetingUrl = new URL(page.url()).pathname;
	await page.goto(`${meetingUrl}?screen=actions`);
	await page.getByLabel('What will be done').fill('Ask the OT for a seating assessment');
	await page.getByLabel('Who will do it').fill('Priya Shah');
	await page.getByLabel('Day').fill('14');
	await page.getByLabel('Month').fill('1');
	await page.getByLabel('Year').fill('2027');
	await page.getByRole('button', { name: 'Add the action' }).click();
	await expect(page.getByRole('status')).toContainText('Action added');

	// Choosing without a place is answered by the field and in the summary, not by a failure.
	const where = page.getByLabel('Put “Ask the OT for a seating assessment” into the plan as');
	await page.getByRole('button', { name: 'Check what will change' }).click();
	await expect(page.getByRole('alert')).toContainText('Choose where in the plan to put it');
	await expect(where).toHaveAttribute('aria-invalid', 'true');

	await where.selectOption({ label: 'A step of outcome 2: “By the age of 16, Sarah will travel…”' });
	await page.getByRole('button', { name: 'Check what will change' }).click();
	const question = page.locator('#put');
	await expect(question).toContainText(
		'Add “Ask the OT for a seating assessment (Priya Shah)” as step 2 of outcome 2, “By the age of 16, Sarah will travel…”, by 14 January 2027?'
	);
	await expectNoAxeViolations(page);
	// Cancelling changes nothing; choosing again asks again.
	await question.getByRole('link', { name: 'Cancel' }).click();
	await expect(page.locator('#put')).toHaveCount(0);
	await where.selectOption({ label: 'A step of outcome 2: “By the age of 16, Sarah will travel…”' });
	await page.getByRole('button', { name: 'Check what will change' }).click();
	await page.getByRole('button', { name: 'Put it in the plan' }).click();
	await expect(page.getByRole('status')).toContainText('The action is in the plan');
	await expect(page.locator('table.actions tbody tr').first().locator('td').first()).toContainText(
		'Became step 2 of outcome 2'
	);
	await expect(page.getByRole('button', { name: 'Check what will change' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	// A confirmation sent by hand, malformed or for a place never offered, is refused with a plain message.
	for (const [form, status, message] of [
		[{ put: 'x', as: 'outcome:1', revision: '1' }, 400, 'Choose one of the places offered in the plan.'],
		[{ put: 'x', as: 'plan-review', revision: 'one' }, 400, 'The confirmation was not as the page sent it.'],
		[{ put: 'x', as: 'plan-review', revision: '1' }, 409, 'That is not one of this meeting’s actions']
	] as const) {
		const response = await page.request.post(`${meetingUrl}?/putAction&screen=actions`, {
			form,
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(form)).toBe(status);
		const body = await response.text();
		expect(body).toContain(message);
		// The answer stays on the Actions screen, where the question was asked.
		expect(body).toContain('Actions agreed');
	}

	await page.goto(`/plans/${planId}/outcomes`);
	await expect(page.locator('li.item').nth(1)).toContainText(
		'Ask the OT for a seating assessment (Priya Shah) – by 14 January 2027'
	);

	// The record keeps what it became.
	await page.goto(`${meetingUrl}?end=1`);
	await page.getByRole('button', { name: 'Yes, end the meeting' }).click();
	await expect(page.locator('main table.actions')).toContainText('Became step 2 of outcome 2');
});

/** The smallest computed font size of any text on the shared screen, in CSS pixels. */
function smallestTextPx(page: Page): Promise<number> {
	return page.evaluate(() => {
		const sizes = [...document.querySelectorAll('.presenter *')]
			.filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
			.map((element) => parseFloat(getComputedStyle(element).fontSize));
		return Math.min(...sizes);
	});
}
