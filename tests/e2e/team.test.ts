import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedStaff, signIn } from './support/seed';
import {
	changeItemElsewhere,
	hydrated,
	itemIds,
	seedFamilyMember,
	seedItem,
	signInFamily,
	startPlan
} from './support/plan-builder';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

test('the team: add the child and the people around them, change, move and delete after confirming', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	await page.getByRole('link', { name: 'Team' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team');
	await expect(page.getByText('There is nobody in the team yet.')).toBeVisible();
	await expect(page.getByText('Sarah and Sarah’s family belong in the team too')).toBeVisible();
	await expectNoAxeViolations(page);

	// Bad input: no name, no role, a mistyped email; what was typed stays.
	await page.getByLabel('Email address (optional)').fill('grace.okafor.example.org');
	await page.getByLabel('Phone number (optional)').fill('01632 960 123');
	await page.getByRole('button', { name: 'Add to the team' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter their name');
	await expect(page.getByRole('alert')).toContainText('Select their role');
	await expect(page.getByRole('alert')).toContainText('Enter an email address in the correct format');
	await expect(page.getByLabel('Email address (optional)')).toHaveValue('grace.okafor.example.org');
	await expect(page.getByLabel('Phone number (optional)')).toHaveValue('01632 960 123');
	await expect(page).toHaveTitle(/^Error: Team/);
	await expectNoAxeViolations(page);

	await page.getByLabel('Name', { exact: true }).fill('Grace Okafor');
	await page.getByLabel('Role').selectOption('parent-carer');
	await page.getByLabel('Email address (optional)').fill('grace.okafor@example.org');
	await page.getByRole('button', { name: 'Add to the team' }).click();
	await expect(page.getByRole('status')).toContainText('Team member saved');
	// The form is fresh for the next person: nothing of Grace's is left in it to be saved with them.
	for (const field of ['Name', 'Email address (optional)'])
		await expect(page.getByLabel(field, { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Role')).toHaveValue('');

	const names = page.locator('.member__name');
	for (const [index, [name, role, organisation]] of [
		['Sarah Okafor', 'child-young-person', ''],
		['Ms Leah Hart', 'teaching-assistant', 'Riverside Academy']
	].entries()) {
		await page.getByLabel('Name', { exact: true }).fill(name!);
		await page.getByLabel('Role').selectOption(role!);
		await page.getByLabel('Organisation (optional)').fill(organisation!);
		await page.getByRole('button', { name: 'Add to the team' }).click();
		// Waits for the member in the list: the notice of the last save is already showing.
		await expect(names).toHaveCount(index + 2);
	}
	await expect(names).toHaveText(['Grace Okafor', 'Sarah Okafor', 'Ms Leah Hart']);
	await expect(page.locator('#item-' + itemIds(planId, 'team')[0])).toContainText('Parent or carer');
	await expect(page.getByRole('link', { name: 'grace.okafor@example.org' })).toHaveAttribute(
		'href',
		'mailto:grace.okafor@example.org'
	);

	await page.getByRole('button', { name: 'Move up Sarah Okafor' }).click();
	await expect(names).toHaveText(['Sarah Okafor', 'Grace Okafor', 'Ms Leah Hart']);

	await page.getByRole('link', { name: 'Change Ms Leah Hart' }).click();
	await expect(page.getByRole('heading', { name: 'Change Ms Leah Hart' })).toBeVisible();
	await expect(page.getByLabel('Organisation (optional)')).toHaveValue('Riverside Academy');
	await page.getByLabel('Phone number (optional)').fill('01632 960 456');
	await page.getByRole('button', { name: 'Save team member' }).click();
	await expect(page.getByRole('status')).toContainText('Team member saved');
	await expect(page.getByRole('link', { name: '01632 960 456' })).toHaveAttribute('href', 'tel:01632960456');
	await expectNoAxeViolations(page);

	// Leah delivers a provision: the confirmation says it will lose its deliverer.
	const leah = itemIds(planId, 'team')[2]!;
	seedItem(planId, 'provision', { text: 'A teaching assistant goes with Sarah to the lunchtime club.' }, [leah]);
	await page.goto(`/plans/${planId}/team`);
	await page.getByRole('link', { name: 'Delete Ms Leah Hart' }).click();
	const confirm = page.locator('#delete');
	await expect(confirm.getByRole('heading')).toHaveText('Are you sure you want to delete Ms Leah Hart from the team?');
	await expect(confirm).toContainText('will no longer name who delivers it');
	await expect(confirm).toContainText('A teaching assistant goes with Sarah to the lunchtime club.');
	await expectNoAxeViolations(page);
	await confirm.getByRole('button', { name: 'Yes, delete Ms Leah Hart' }).click();
	await expect(page.getByRole('status')).toContainText('Team member deleted');
	await expect(names).toHaveText(['Sarah Okafor', 'Grace Okafor']);

	await page.goto(`/plans/${planId}`);
	await expect(page.locator('[data-task="team"]')).toContainText('Done');
});

test('a stale save of a team member shows what the other person saved, keeps what was typed, then goes through', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	const id = seedItem(planId, 'team', { name: 'Priya Shah', role: 'speech-and-language-therapist' });
	await page.goto(`/plans/${planId}/team?edit=${id}#form`);
	await hydrated(page);
	changeItemElsewhere(id, {
		name: 'Priya Shah',
		role: 'speech-and-language-therapist',
		organisation: "Children's Community Health"
	});
	await page.getByLabel('Email address (optional)').fill('priya.shah@example.org');
	await page.getByRole('button', { name: 'Save team member' }).click();
	await expect(page.getByRole('alert')).toContainText(
		/Someone else changed this team member at \d\d:\d\d while you were editing/
	);
	await expect(page.locator('[data-stale-notice]')).toContainText("Children's Community Health");
	await expect(page.getByLabel('Email address (optional)')).toHaveValue('priya.shah@example.org');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save team member' }).click();
	await expect(page.getByRole('status')).toContainText('Team member saved');
	await expect(page.getByRole('link', { name: 'priya.shah@example.org' })).toBeVisible();
});

test('the family reads the team but cannot change it', async ({ page, browser }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	const id = seedItem(planId, 'team', { name: 'Grace Okafor', role: 'parent-carer' });
	const family = await seedFamilyMember(planId, 'contributor');
	const context = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
	const theirs = await context.newPage();
	await signInFamily(theirs, family);
	await theirs.goto(`/plans/${planId}/team`);
	await expect(theirs.locator('.member__name')).toHaveText(['Grace Okafor']);
	await expect(theirs.getByRole('button', { name: /Add to the team|Move/ })).toHaveCount(0);
	await expect(theirs.getByRole('link', { name: /^Change|^Delete/ })).toHaveCount(0);
	const origin = new URL(theirs.url()).origin;
	const post = await theirs.request.post(`/plans/${planId}/team?/delete`, {
		form: { id, revision: '1' },
		headers: { origin }
	});
	expect(post.status()).toBe(404);
	await context.close();
	expect(itemIds(planId, 'team')).toEqual([id]);
});
