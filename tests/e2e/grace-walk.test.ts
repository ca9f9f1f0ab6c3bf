import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ukDateOf } from '../../src/lib/dates/format-timestamp';
import { expectNoAxeViolations } from './axe';
import { chooseRadio, tabTo, typeInto } from './support/keyboard';
import { fixturePlan, seedPlan } from './support/plans';
import { planAuditActions } from './support/reviews';
import { seedOrganisation, seedStaff, signIn, unique } from './support/seed';
import { fillDate } from './support/dates';

/**
 * Grace, Sarah's mother, on her phone with only a keyboard, from her invitation to the plan's review:
 * she reads the plan, suggests a change to Sarah's words (kept as Sarah said them until accepted), adds
 * a note once the plan is agreed and her views and Sarah's when a review opens. The coordinator works
 * alongside in a browser of her own. Every page and state Grace reaches is checked as the family's.
 *
 * The suggestion comes while the plan is a draft: an agreed plan is kept as agreed, and its words change
 * only through a review (its next version).
 */

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ viewport: { width: 390, height: 844 } });

/** Words that only appear where a family member has been shown something they cannot act on (as the crawl). */
const staffOnly = [/Mend this/, /Page not found/, /Only the plan.s editors/, /Sorry, there is a problem/];

/**
 * The page as Grace has it now is meant for her: on a phone's width without sideways scrolling, no
 * checker finding, no staff-only words or refusals, no page that answered with an error, axe clean.
 */
async function expectHers(page: Page, refused: string[]): Promise<void> {
	const here = new URL(page.url()).pathname + new URL(page.url()).search;
	expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
	expect(refused, `pages that answered Grace with an error, by ${here}`).toEqual([]);
	const text = await page.locator('body').innerText();
	for (const phrase of staffOnly) expect(text, `${here} shows "${phrase.source}"`).not.toMatch(phrase);
	await expect(page.locator('.finding'), `${here} shows a checker finding`).toHaveCount(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth), `${here} is wider than the phone`).toBe(390);
	await expectNoAxeViolations(page);
}

/** Tabs to the link named `name` (at most `most` presses, else fails) and follows it with Enter. */
async function keyboardFollow(page: Page, name: string, most = 60): Promise<void> {
	await tabTo(page, page.getByRole('link', { name, exact: true }), most);
	await page.keyboard.press('Enter');
}

/** Tabs to the button named `name` and presses it with Enter. */
async function keyboardPress(page: Page, name: string, most = 60): Promise<void> {
	await tabTo(page, page.getByRole('button', { name, exact: true }), most);
	await page.keyboard.press('Enter');
}

test('Grace walks Sarah’s plan on a phone, keyboard only: invited, reads, suggests, notes, gives views', async ({
	page,
	browser
}) => {
	// Fifteen pages and states, each checked with axe (without JavaScript, in a replay of its own): a long walk.
	test.setTimeout(300_000);
	const { baseURL, javaScriptEnabled } = test.info().project.use;
	const school = await seedOrganisation(`Oakfield Primary ${unique()}`);
	const coordinator = await seedStaff({ role: 'coordinator', organisationId: school.id, name: 'Mr Daniel Price' });
	const { planId } = await seedPlan(school.id, fixturePlan('sarah'), coordinator.id);
	const base = `/plans/${planId}`;
	const staffContext = await browser.newContext({ baseURL, javaScriptEnabled });
	const staff = await staffContext.newPage();

	// Every document Grace's browser is answered with; a refusal or missing page is a failure wherever it comes.
	const refused: string[] = [];
	page.on('response', (response) => {
		const request = response.request();
		if (request.resourceType() === 'document' && request.frame() === page.mainFrame() && response.status() >= 400)
			refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
	});

	await test.step('the coordinator invites Grace as Sarah’s family, through the share page', async () => {
		await signIn(staff, coordinator);
		await staff.goto(`${base}/share`);
		await staff.getByLabel('Their full name').fill('Grace Okafor');
		await staff.getByLabel('Their email address').fill(`grace-${unique()}@example.org`.toLowerCase());
		await staff.getByRole('button', { name: 'Make an invitation link' }).click();
		await expect(staff.getByRole('heading', { name: 'Invitation made for Grace Okafor' })).toBeVisible();
	});
	const link = await staff.getByLabel('Invitation link').inputValue();
	expect(link).toMatch(/\/invitations\/[a-z2-7]{32}$/);

	await test.step('Grace accepts the invitation with the keyboard and lands on Sarah’s plan, Sarah’s words first', async () => {
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept your invitation');
		await expect(page.locator('.lede')).toContainText('Sarah Okafor');
		await expectHers(page, refused);
		await typeInto(page, page.getByLabel('Create a password'), 'our family walks the dog');
		await typeInto(page, page.getByLabel('Type the password again'), 'our family walks the dog');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${base}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Sarah's support plan");
		const main = await page.getByRole('main').innerText();
		expect(main.indexOf('Sarah said:')).toBeGreaterThan(-1);
		expect(main.indexOf('“I want to have friends.”'), 'Sarah’s words come before anything asked of Grace').toBeLessThan(
			main.indexOf('What is asked of you now')
		);
		await expect(page.getByRole('region', { name: 'What is asked of you now' })).toContainText(
			'The plan is ready for you to read before the meeting.'
		);
		await expectHers(page, refused);
	});

	await test.step('she reads the whole plan in plain words', async () => {
		await keyboardFollow(page, 'Read the whole plan');
		await expect(page).toHaveURL(new RegExp(`${base}/read$`));
		const hope = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Hope 1' }) });
		await expect(hope).toContainText('Sarah said: “I want to have friends.”');
		await expect(hope).toContainText('What makes it hard:');
		await expect(hope).toContainText('Sarah has a language delay.');
		await expect(hope).toContainText('What we are working towards:');
		await expect(hope).toContainText('The help Sarah gets:');
		await expect(hope).toContainText('Once a week for 3 hours, one to one.');
		await expect(page.getByText('The plan will be looked at again on 5 March 2027.')).toBeVisible();
		await expectHers(page, refused);
	});

	const sarahs = page.locator('li.item', { hasText: '“I want to have friends.”' });
	await test.step('she suggests a change to Sarah’s words: a suggestion beside them, Sarah’s words unchanged', async () => {
		await keyboardFollow(page, 'Back to Sarah’s plan');
		await expect(page).toHaveURL(new RegExp(`${base}$`));
		await keyboardFollow(page, 'Hopes for the future');
		await expect(page).toHaveURL(new RegExp(`${base}/aspirations$`));
		await expectHers(page, refused);
		await keyboardFollow(page, 'Suggest a change to aspiration: I want to have friends.');
		await expect(page.getByRole('heading', { name: 'Suggest a change to this aspiration' })).toBeVisible();
		await expectHers(page, refused);
		await typeInto(
			page,
			page.getByLabel('The aspiration, in the speaker’s own words'),
			'I want to have friends and do well at school.'
		);
		await keyboardPress(page, 'Suggest this change');
		await expect(page.getByRole('status')).toContainText('Suggestion made');
		await expect(sarahs.locator('blockquote').first()).toHaveText('“I want to have friends.”');
		await expect(sarahs.locator('figcaption')).toHaveText('Sarah said');
		await expect(sarahs).toContainText('Grace suggests:');
		await expect(sarahs).toContainText('“I want to have friends and do well at school.”');
		await expect(sarahs).toContainText('Until Sarah accepts it, the words stay as they were said.');
		await expect(page.getByRole('button', { name: 'Accept the change' })).toHaveCount(0);
		await expectHers(page, refused);

		// The plan itself still reads as Sarah said it.
		await keyboardFollow(page, 'Back to Sarah’s plan');
		await keyboardFollow(page, 'Read the whole plan');
		await expect(page.getByRole('main')).toContainText('Sarah said: “I want to have friends.”');
		await expect(page.getByRole('main')).not.toContainText('do well at school');
		await expectHers(page, refused);
	});

	await test.step('the coordinator accepts it with Sarah; Grace sees Sarah’s new words, still Sarah’s', async () => {
		await staff.goto(`${base}/aspirations`);
		const item = staff.locator('li.item', { hasText: 'Grace suggests:' });
		await item.getByLabel('Sarah agreed to this decision').check();
		await item.getByLabel('How or where they agreed (optional)').fill('at the planning meeting');
		await item.getByRole('button', { name: 'Accept the change' }).click();
		await expect(staff.getByRole('status')).toContainText('Suggestion accepted');

		await page.goto(`${base}/aspirations`);
		const changed = page.locator('li.item', { hasText: 'do well at school' });
		await expect(changed.locator('blockquote').first()).toHaveText('“I want to have friends and do well at school.”');
		await expect(changed.locator('figcaption')).toHaveText('Sarah said');
		await expect(changed).toContainText(
			/Changed on \d{1,2} \w+ \d{4} at Grace’s suggestion, accepted by .+ with Sarah/
		);
		await expect(page.getByText('Grace suggests:')).toHaveCount(0);
		await expectHers(page, refused);
	});

	await test.step('the plan is agreed; Grace adds a note, and the agreed version stays as it was', async () => {
		await staff.goto(`${base}/agree`);
		await staff.getByLabel(/^Sarah Okafor/).check();
		await staff.getByLabel(/^Grace Okafor/).check();
		await staff.getByRole('button', { name: 'Agree the plan' }).click();
		await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Plan agreed');

		await keyboardFollow(page, 'Back to Sarah’s plan');
		await expect(page.getByRole('region', { name: 'What is asked of you now' })).toContainText(
			'Nothing is needed from you now. The plan will be looked at again on 5 March 2027.'
		);
		await expectHers(page, refused);
		await keyboardFollow(page, 'What’s working and what’s not');
		await expect(page).toHaveURL(new RegExp(`${base}/notes$`));
		await expect(page.getByText('They do not change the agreed plan')).toBeVisible();
		await expectHers(page, refused);
		await chooseRadio(page, page.getByLabel('My own views'));
		await typeInto(page, page.getByLabel('What’s working'), 'She walks to the bus stop on her own now.');
		await typeInto(page, page.getByLabel('What’s not working'), 'Lunchtimes are still lonely.');
		await keyboardPress(page, 'Add note');
		await expect(page.getByRole('status')).toContainText('Your note has been added');
		const note = page.locator('[data-note]');
		await expect(note).toHaveCount(1);
		await expect(note).toContainText(`Grace Okafor, ${ukDateOf(new Date().toISOString())}`);
		await expect(note).toContainText('What’s working: She walks to the bus stop on her own now.');
		await expect(note).toContainText('What’s not working: Lunchtimes are still lonely.');
		await expectHers(page, refused);

		// The agreed version is the one version, agreed, with Sarah's words as accepted.
		await keyboardFollow(page, 'Back to Sarah’s plan');
		await keyboardFollow(page, 'History: every version and review');
		await expect(page.locator('[data-version="1"]')).toContainText('Agreed');
		await expect(page.locator('[data-version="2"]')).toHaveCount(0);
		await expectHers(page, refused);
		expect((await planAuditActions(planId)).filter((action) => action.startsWith('plan.agreed'))).toHaveLength(1);
	});

	await test.step('a review opens: her home says her views are needed; she gives hers and Sarah’s', async () => {
		await staff.goto(`${base}/reviews/new`);
		await fillDate(staff, 'Date of the review', '2027-03-04');
		await staff.getByRole('button', { name: 'Start the review' }).click();
		await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Review of version 1');
		const reviewPath = new URL(staff.url()).pathname;

		await page.goto(base);
		const asked = page.getByRole('region', { name: 'What is asked of you now' });
		await expect(asked).toContainText('Your views are needed for the review on 4 March 2027.');
		await expectHers(page, refused);
		await keyboardFollow(page, 'Give your views');
		await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));
		await expect(page.getByRole('heading', { name: 'Your views' })).toBeVisible();
		await expectHers(page, refused);
		const sarahsViews = page.getByLabel('Sarah’s views, in her own words');
		const familyViews = page.getByLabel('The family’s views, in your own words');
		await typeInto(page, sarahsViews, 'I like my lunch club. I want to go to the park with Mia.');
		await typeInto(page, familyViews, 'Sarah is happier going out, but lunchtimes are still hard.');
		await keyboardPress(page, 'Save the views');
		await expect(page.getByRole('status')).toContainText('Review saved as a draft');
		await expect(sarahsViews).toHaveValue('I like my lunch club. I want to go to the park with Mia.');
		await expect(familyViews).toHaveValue('Sarah is happier going out, but lunchtimes are still hard.');
		await expectHers(page, refused);

		// Saved: the team sees them (the review opened afresh, not reloaded over the coordinator's own empty form).
		await staff.goto(base);
		await staff.goto(reviewPath);
		await expect(staff.getByLabel('Sarah’s views, in her own words')).toHaveValue(
			'I like my lunch club. I want to go to the park with Mia.'
		);
		await expect(staff.getByLabel('The family’s views, in their own words')).toHaveValue(
			'Sarah is happier going out, but lunchtimes are still hard.'
		);
	});
	await staffContext.close();
});
