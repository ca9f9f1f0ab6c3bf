import { expect as baseExpect, test } from '@playwright/test';
import { addDays, addMonths, formatUkDate } from '../../src/lib/dates';
import { expectNoAxeViolations } from './axe';
import { dateGroup, expectDate, fillDate, readDate } from './support/dates';
import { tabTo } from './support/keyboard';
import { hydrated } from './support/plan-builder';
import { auditRows, seedStaff, signIn } from './support/seed';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

// Date fields are typed day, month, year, as people in the UK do.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

function todayIso(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** `date` is today in London, or yesterday when the run has just crossed midnight since the page loaded. */
function expectToday(date: string): void {
	const today = todayIso();
	baseExpect([today, addDays(today, -1)]).toContain(date);
}

test("a coordinator starts Sarah's plan from the empty caseload by keyboard alone, and sees it in the caseload", async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	await expect(page.getByRole('heading', { name: 'There are no plans yet' })).toBeVisible();
	await expectNoAxeViolations(page);

	await tabTo(page, page.getByRole('link', { name: 'Start a plan' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a plan');
	await hydrated(page);
	await expectNoAxeViolations(page);

	await tabTo(page, page.getByLabel('First name'));
	await page.keyboard.type('Sarah');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Okafor');
	// The date of birth in three boxes, day first, moving on with Tab.
	await tabTo(page, dateGroup(page, 'Date of birth').getByLabel('Day'));
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.type('10');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2012');
	await tabTo(page, page.getByLabel('Pronouns (optional)'));
	await page.keyboard.type('she/her');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Riverside Academy');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Sarah talks best one to one, with pictures to point at.');
	await tabTo(page, page.getByLabel('SEN support'));
	await page.keyboard.press('Space');
	await expect(page.getByLabel('SEN support')).toBeChecked();
	// The start date the form offers is today where the server is; read it rather than work it out
	// here, so a run that crosses midnight still expects the review the server set.
	const started = await readDate(page, 'Start date');
	expectToday(started);
	await tabTo(page, page.getByRole('button', { name: 'Start the plan' }));
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Sarah's support plan");
	const header = page.getByRole('region', { name: 'Plan summary' });
	await expect(header).toContainText('Sarah Okafor');
	await expect(header).toContainText('SEN support');
	await expect(header).toContainText('Draft');
	await expect(header).toContainText(formatUkDate(addMonths(started, 12)));
	await expect(page.locator('[data-task]')).toHaveCount(8);
	await expect(page.locator('[data-task="about-me"]')).toContainText('In progress');
	await expect(page.locator('[data-task="aspirations"]')).toContainText('Not started');
	await expectNoAxeViolations(page);

	await tabTo(page, page.getByRole('link', { name: 'Back to plans' }));
	await page.keyboard.press('Enter');
	const row = page.getByRole('row', { name: /Sarah Okafor/ });
	await expect(row).toContainText('Riverside Academy');
	await expect(row).toContainText('SEN support');
	await expect(row).toContainText('Draft');
	await expect(row).toContainText('1 problem');
	await expect(page.getByText('Showing 1 to 1 of 1 plan')).toBeVisible();
	await expectNoAxeViolations(page);

	const created = (await auditRows(coordinator.organisationId)).filter((r) => r.action === 'plan.created');
	expect(created).toHaveLength(1);
	expect(created[0]!.account_id).toBe(coordinator.id);
});

test('bad input on "Start a plan" is refused with plain messages, and keeps everything typed', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	await page.goto('/plans/new');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the plan' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText("Enter the child's first name");
	await expect(summary).toContainText("Enter the child's last name");
	await expect(summary.getByRole('link', { name: 'Enter the date of birth' })).toHaveAttribute(
		'href',
		'#dateOfBirth-day'
	);
	// An empty required field says what to enter, not how long it may be.
	await expect(summary).not.toContainText('2,000');
	await expect(summary).toContainText('Select the kind of plan');
	await expect(page).toHaveTitle(/^Error: Start a plan/);
	await expectNoAxeViolations(page);

	const nextYear = String(new Date().getFullYear() + 1);
	await page.getByLabel('First name').fill('Amara');
	await page.getByLabel('Known as (optional)').fill('Mara');
	await fillDate(page, 'Date of birth', `${nextYear}-01-15`);
	await page.getByLabel('How they communicate (optional)').fill('Uses Makaton signs and a few words.');
	await page.getByLabel('EHC plan (education, health and care plan)').check();
	await page.getByLabel('Title (optional)').fill("Amara's EHC plan");
	await fillDate(page, 'Next review date (optional)', '2020-01-01');
	await page.getByRole('button', { name: 'Start the plan' }).click();

	await expect(page.locator('#dateOfBirth-error')).toContainText('Date of birth must be today or in the past');
	await expect(page.locator('#lastName-error')).toContainText("Enter the child's last name");
	await expect(page.getByLabel('First name')).toHaveValue('Amara');
	await expect(page.getByLabel('Known as (optional)')).toHaveValue('Mara');
	await expectDate(page, 'Date of birth', `${nextYear}-01-15`);
	await expect(page.getByLabel('How they communicate (optional)')).toHaveValue('Uses Makaton signs and a few words.');
	await expect(page.getByLabel('EHC plan (education, health and care plan)')).toBeChecked();
	await expect(page.getByLabel('Title (optional)')).toHaveValue("Amara's EHC plan");
	await expectNoAxeViolations(page);

	// Mended: the review date before the start is its own message.
	await page.getByLabel('Last name').fill('Nwosu');
	await fillDate(page, 'Date of birth', '2015-06-01');
	await page.getByRole('button', { name: 'Start the plan' }).click();
	await expect(page.locator('#reviewDate-error')).toContainText('Review date must be after the start date');
	await expect(
		page.getByRole('alert').getByRole('link', { name: 'Review date must be after the start date' })
	).toHaveAttribute('href', '#reviewDate-day');
	await fillDate(page, 'Next review date (optional)', '2027-07-01');
	await page.getByRole('button', { name: 'Start the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Amara's EHC plan");
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('known as Mara');
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('1 July 2027');
});

test('the review date defaults to 6 months after the start for a child under 5, and the title to the first name', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'admin' });
	await signIn(page, coordinator);
	await page.goto('/plans/new');
	await hydrated(page);
	expectToday(await readDate(page, 'Start date'));
	await page.getByLabel('First name').fill('Kacper');
	await page.getByLabel('Last name').fill('Nowak');
	await fillDate(page, 'Date of birth', addMonths(todayIso(), -36));
	await page.getByLabel('Early help').check();
	await fillDate(page, 'Start date', '2026-08-31');
	await page.getByRole('button', { name: 'Start the plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Kacper's support plan");
	// 31 August + 6 months, clamped to the end of February.
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText('28 February 2027');
	await page.getByRole('link', { name: 'Child and plan details' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Child and plan details');
	await expect(page.locator('.summary-list').getByText('31 August 2026')).toBeVisible();
});

test('only coordinators and admins may start a plan: the page and its form are not there for a practitioner', async ({
	page
}) => {
	const practitioner = await seedStaff({ role: 'practitioner' });
	await signIn(page, practitioner);
	await expect(page.getByText('When a coordinator shares a plan with you, it appears here.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start a plan' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	expect((await page.goto('/plans/new'))?.status()).toBe(404);
	const post = await page.request.post('/plans/new', {
		form: {
			firstName: 'Sarah',
			lastName: 'Okafor',
			dateOfBirth: '2012-10-03',
			kind: 'sen-support',
			startDate: '2026-09-07'
		},
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(404);
	expect((await auditRows(practitioner.organisationId)).filter((r) => r.action === 'plan.created')).toHaveLength(0);
});
