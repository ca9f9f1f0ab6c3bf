import { expect, test } from '@playwright/test';
import { ukDateOf } from '../../src/lib/dates/format-timestamp';
import { expectNoAxeViolations } from './axe';
import { activate, chooseRadio, typeInto } from './support/keyboard';
import { postForm, signedInAsFamily } from './support/plan-layers';
import { fixturePlan, seedAgreedWithReview, seedPlan } from './support/plans';
import { pdfText, planAuditActions } from './support/reviews';
import { seedStaff, signIn } from './support/seed';

test('the family adds a note to the agreed plan on a phone, keyboard only; the team sees it on the caseload, the plan and the open review', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId, versionId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	const { reviewId } = await seedAgreedWithReview(planId, versionId, coordinator.id);
	const notesPath = `/plans/${planId}/notes`;

	await page.setViewportSize({ width: 390, height: 844 });
	await signedInAsFamily(page, coordinator.organisationId, planId);
	await page.goto(notesPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What’s working, what’s not');
	await expect(page.getByText('They do not change the agreed plan')).toBeVisible();
	await expect(page.getByText('No one has added a note yet.')).toBeVisible();
	await expectNoAxeViolations(page);

	// Nothing chosen, and only one box filled: told by the field and in the summary, what was typed kept.
	const notWorking = page.getByLabel('What’s not working');
	await typeInto(page, notWorking, 'Mornings are hard: Sarah gets upset at the gate.');
	await activate(page, page.getByRole('button', { name: 'Add note' }));
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByRole('alert')).toContainText('Select whose views these are');
	await expect(page.locator('#saidBy-error')).toContainText('Select whose views these are');
	await expect(notWorking).toHaveValue('Mornings are hard: Sarah gets upset at the gate.');
	await expectNoAxeViolations(page);

	await chooseRadio(page, page.getByLabel('Sarah’s views, written down with me'));
	await typeInto(page, page.getByLabel('What’s working'), 'Lunch club: I sit with Mia and Jo.');
	await activate(page, page.getByRole('button', { name: 'Add note' }));
	await expect(page.getByRole('status')).toContainText('Your note has been added');
	const note = page.locator('[data-note]');
	await expect(note).toHaveCount(1);
	const written = ukDateOf(new Date().toISOString());
	await expect(note.first()).toContainText(new RegExp(`^Sarah, with Test practitioner \\S+, ${written}`));
	await expect(note.first()).toContainText('What’s working: Lunch club: I sit with Mia and Jo.');
	await expect(note.first()).toContainText('What’s not working: Mornings are hard: Sarah gets upset at the gate.');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);
	expect((await planAuditActions(planId)).filter((action) => action.startsWith('note.'))).toEqual(['note.added']);

	// Input the form's own controls cannot send: refused by the field, kept, never a 500.
	const tooLong = await postForm(page, `${notesPath}?/add`, [
		['saidBy', 'writer'],
		['working', 'x'.repeat(2001)],
		['notWorking', 'Tired\u0000out']
	]);
	expect(tooLong.status).toBe(400);
	expect(tooLong.html).toContain('What’s working must be 2,000 characters or fewer');
	expect(tooLong.html).toContain('What’s not working holds characters that cannot be shown');
	const unknown = await postForm(page, `${notesPath}?/add`, [['saidBy', 'the-dog']]);
	expect(unknown.status).toBe(400);
	expect(unknown.html).toContain('Select whose views these are');

	// The team: the count in the caseload and on the plan, the note on the open review.
	const staff = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
	const team = await staff.newPage();
	await signIn(team, coordinator);
	await team.goto('/plans');
	await expect(team.locator('[data-new-notes]')).toHaveText(/^1 new note/);
	await expectNoAxeViolations(team);
	await team.goto(`/plans/${planId}`);
	await expect(team.locator('[data-new-notes]')).toContainText(
		'1 new note from the family, not yet taken into a review'
	);
	await activate(team, team.getByRole('link', { name: 'read them' }));
	await expect(team.locator('[data-note]')).toHaveCount(1);
	// Only the writer may withdraw a note.
	await expect(team.getByRole('link', { name: /^Withdraw/ })).toHaveCount(0);
	await team.goto(`/plans/${planId}/reviews/${reviewId}`);
	await expect(team.getByRole('heading', { name: 'Notes between reviews' })).toBeVisible();
	await expect(team.locator('[data-note]')).toContainText('Lunch club: I sit with Mia and Jo.');
	await expectNoAxeViolations(team);
	// The review's record on paper carries the note it takes in.
	const reviewPdf = await team.request.get(`/plans/${planId}/reviews/${reviewId}/pdf`);
	expect(reviewPdf.status()).toBe(200);
	const printed = await pdfText(new Uint8Array(await reviewPdf.body()));
	expect(printed).toContain('Notes between reviews');
	expect(printed).toContain('Lunch club: I sit with Mia and Jo.');
	await staff.close();

	// The writer withdraws their own note, after saying yes.
	await activate(page, page.getByRole('link', { name: /^Withdraw/ }));
	await expect(page.getByRole('heading', { name: 'Are you sure you want to withdraw your note?' })).toBeVisible();
	await expectNoAxeViolations(page);
	await activate(page, page.getByRole('button', { name: 'Yes, withdraw my note' }));
	await expect(page.getByRole('status')).toContainText('Your note has been withdrawn');
	await expect(page.locator('[data-note]')).toHaveCount(0);
	expect((await planAuditActions(planId)).filter((action) => action.startsWith('note.'))).toEqual([
		'note.added',
		'note.withdrawn'
	]);
});
