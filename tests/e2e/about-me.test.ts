import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { auditRows, seedStaff, signIn } from './support/seed';
import {
	changeItemElsewhere,
	hydrated,
	itemIds,
	seedFamilyMember,
	signInFamily,
	startPlan
} from './support/plan-builder';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

test('the one-page profile: add to each list, change, move, delete after confirming, and say how the child communicates', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	await page.getByRole('link', { name: 'About me' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About me');
	await expect(page).toHaveTitle(/^About me – Sarah Okafor’s plan/);
	await expect(page.getByText('Nothing here yet.')).toHaveCount(3);
	await expectNoAxeViolations(page);

	// Nothing typed, no list chosen.
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(page.getByRole('alert')).toContainText('Choose which list this goes in');
	await expect(page.getByRole('alert')).toContainText('Enter what to add');
	await expect(page).toHaveTitle(/^Error: About me/);
	await expectNoAxeViolations(page);
	await page.getByLabel('What to add').fill('She is brilliant with animals.');
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(page.locator('#list-error')).toContainText('Choose which list this goes in');
	await expect(page.getByLabel('What to add')).toHaveValue('She is brilliant with animals.');

	await page.getByRole('radio', { name: 'What people like and admire about me' }).check();
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(page.getByRole('status')).toContainText('Saved to “What people like and admire about me”');
	const admired = page.getByRole('region', { name: 'What people like and admire about me' });
	await expect(admired.locator('.item__text')).toHaveText(['She is brilliant with animals.']);
	await expect(page.getByLabel('What to add')).toHaveValue('');

	// "Add another" to a list chooses that list.
	for (const text of ['Knowing what is going to happen next.', 'Seeing her cousin Dami at weekends.']) {
		await page.getByRole('link', { name: /to “What is important to me”/ }).click();
		await expect(page.getByRole('radio', { name: 'What is important to me' })).toBeChecked();
		await page.getByLabel('What to add').fill(text);
		await page.getByRole('button', { name: 'Add to the profile' }).click();
		await expect(page.getByRole('status')).toContainText('Saved to “What is important to me”');
	}
	const important = page.getByRole('region', { name: 'What is important to me' });
	await expect(important.locator('.item__text')).toHaveText([
		'Knowing what is going to happen next.',
		'Seeing her cousin Dami at weekends.'
	]);
	await important.getByRole('button', { name: 'Move up “Seeing her cousin Dami at weekends.”' }).click();
	await expect(important.locator('.item__text')).toHaveText([
		'Seeing her cousin Dami at weekends.',
		'Knowing what is going to happen next.'
	]);

	// Change one.
	await important.getByRole('link', { name: 'Change “Knowing what is going to happen next.”' }).click();
	await expect(page.getByRole('heading', { name: 'Change this part of the profile' })).toBeVisible();
	await expect(page.getByLabel('What to add')).toHaveValue('Knowing what is going to happen next.');
	await page.getByLabel('What to add').fill('Knowing what is going to happen next in the day.');
	await page.getByRole('button', { name: 'Save the change' }).click();
	await expect(important.locator('.item__text')).toHaveText([
		'Seeing her cousin Dami at weekends.',
		'Knowing what is going to happen next in the day.'
	]);

	// Delete, after confirming; cancelling first keeps it.
	await important.getByRole('link', { name: 'Delete “Seeing her cousin Dami at weekends.”' }).click();
	await expect(
		page.getByRole('heading', { name: 'Are you sure you want to delete this from the profile?' })
	).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Cancel' }).click();
	await expect(
		page.getByRole('heading', { name: 'Are you sure you want to delete this from the profile?' })
	).toHaveCount(0);
	await expect(important.locator('.item__text')).toHaveCount(2);
	await important.getByRole('link', { name: 'Delete “Seeing her cousin Dami at weekends.”' }).click();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByRole('status')).toContainText('Deleted from the profile');
	await expect(important.locator('.item__text')).toHaveText(['Knowing what is going to happen next in the day.']);

	await page.getByRole('link', { name: /to “How best to support me”/ }).click();
	await expect(page.getByRole('radio', { name: 'How best to support me' })).toBeChecked();
	await page.getByLabel('What to add').fill('Give me time to answer and do not finish my sentences.');
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(page.getByRole('status')).toContainText('Saved to “How best to support me”');

	await page.getByLabel('How Sarah communicates').fill('Sarah talks best one to one, with pictures to point at.');
	await page.getByRole('button', { name: 'Save how Sarah communicates' }).click();
	await expect(page.getByRole('status')).toContainText('How Sarah communicates has been saved');
	await expect(page.getByLabel('How Sarah communicates')).toHaveValue(
		'Sarah talks best one to one, with pictures to point at.'
	);
	await expectNoAxeViolations(page);

	// Every change is audited by kind and id, never by its words.
	const changed = (await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.changed');
	expect(changed.length).toBeGreaterThanOrEqual(8);
	expect(changed.some((row) => row.item === 'child:communication')).toBe(true);
	expect(changed.every((row) => !/Sarah|Dami/.test(row.item ?? ''))).toBe(true);

	await page.goto(`/plans/${planId}`);
	await expect(page.locator('[data-task="about-me"]')).toContainText('Done');
});

test('a stale change keeps what was typed and shows what the other person saved', async ({ page }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	await page.goto(`/plans/${planId}/about-me?list=support#form`);
	await hydrated(page);
	await page.getByLabel('What to add').fill('Show me pictures.');
	await page.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
	const [id] = itemIds(planId, 'support');
	await page.getByRole('link', { name: 'Change “Show me pictures.”' }).click();
	await expect(page.getByRole('heading', { name: 'Change this part of the profile' })).toBeVisible();
	await expect(page.getByLabel('What to add')).toHaveValue('Show me pictures.');
	changeItemElsewhere(id!, { text: 'Show me pictures or write things down.' });
	await page.getByLabel('What to add').fill('Show me pictures when there is a lot to remember.');
	await page.getByRole('button', { name: 'Save the change' }).click();
	// The change elsewhere keeps this account as the last to save it: as if made in another tab.
	await expect(page.getByRole('alert')).toContainText(
		/You changed this part of the profile at \d\d:\d\d on another screen while this one was open/
	);
	await expect(page.locator('[data-stale-notice]')).toContainText('Show me pictures or write things down.');
	await expect(page.getByLabel('What to add')).toHaveValue('Show me pictures when there is a lot to remember.');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save the change' }).click();
	await expect(page.getByRole('status')).toContainText('Saved to “How best to support me”');
	await expect(page.locator('.item__text').first()).toHaveText('Show me pictures when there is a lot to remember.');
});

test('the family may add to About me; someone who may only read sees no forms and cannot post', async ({
	page,
	browser
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	await signIn(page, coordinator);
	const planId = await startPlan(page);
	const family = await seedFamilyMember(planId, 'contributor');
	const viewer = await seedFamilyMember(planId, 'viewer');

	const context = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
	const theirs = await context.newPage();
	await signInFamily(theirs, family);
	await theirs.goto(`/plans/${planId}/about-me`);
	await hydrated(theirs);
	await theirs.getByRole('radio', { name: 'What is important to me' }).check();
	await theirs.getByLabel('What to add').fill('Her cousin Dami.');
	await theirs.getByRole('button', { name: 'Add to the profile' }).click();
	await expect(theirs.getByRole('status')).toContainText('Saved to “What is important to me”');
	await context.close();

	const readOnly = await browser.newContext();
	const reader = await readOnly.newPage();
	await signInFamily(reader, viewer);
	await reader.goto(`/plans/${planId}/about-me`);
	await expect(reader.getByRole('region', { name: 'What is important to me' })).toContainText('Her cousin Dami.');
	await expect(reader.getByRole('button', { name: /Add to the profile|Save how|Move/ })).toHaveCount(0);
	await expect(reader.getByRole('link', { name: /^Change/ })).toHaveCount(0);
	await expectNoAxeViolations(reader);
	const post = await reader.request.post(`/plans/${planId}/about-me?/save`, {
		form: { list: 'important', text: 'Sneaked in' },
		headers: { origin: new URL(reader.url()).origin }
	});
	expect(post.status()).toBe(404);
	await readOnly.close();
	expect(itemIds(planId, 'important')).toHaveLength(1);
});
