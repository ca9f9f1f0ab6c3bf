import { expect as baseExpect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './support/plan-builder';
import { fixturePlan, seedPlan } from './support/plans';
import { auditRows, seedOrganisation, seedStaff, signIn, unique } from './support/seed';
import { authenticatorCode } from './support/totp';

/** The machine may be busy: pages after a form post get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });

const javaScriptEnabled = () => test.info().project.use.javaScriptEnabled !== false;

test('the coordinator shares with a therapist outside the school in one step; she accepts and sees only that plan', async ({
	page,
	context,
	browser
}) => {
	const school = await seedOrganisation(`Oakfield Primary ${unique()}`);
	const coordinator = await seedStaff({ role: 'coordinator', organisationId: school.id, name: 'Mrs Patel' });
	const colleague = await seedStaff({ role: 'practitioner', organisationId: school.id });
	const elsewhere = await seedStaff({ role: 'practitioner' });
	const { planId } = await seedPlan(school.id, fixturePlan('sarah'));
	await seedPlan(school.id, fixturePlan('kacper'));

	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/share`);
	await expect(page.getByRole('heading', { name: 'Share with someone outside the school' })).toBeVisible();
	const form = page.locator('form[action="?/shareOutside"]');
	await hydrated(page);

	// Nothing typed: each field says what it needs, by the field and in the summary.
	await form.getByRole('button', { name: 'Share outside the school' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Enter their full name');
	await expect(summary).toContainText('Enter their role, for example Speech and language therapist');
	await expect(summary).toContainText('Enter the organisation they work for');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page);

	// A member of this school is pointed to "Share with a practitioner"; another organisation's, refused.
	const fill = async (email: string) => {
		await form.getByLabel('Their name').fill('Priya Shah');
		await form.getByLabel('Their work email address').fill(email);
		await form.getByLabel('Their role').fill('Speech and language therapist');
		await form.getByLabel('The organisation they work for').fill('NHS Kent Community Health');
	};
	await fill(colleague.email);
	await form.getByRole('button', { name: 'Share outside the school' }).click();
	await expect(summary).toContainText('Share the plan with them under "Share with a practitioner" instead');
	await expect(form.getByLabel('Their role')).toHaveValue('Speech and language therapist');
	await fill(elsewhere.email);
	await form.getByRole('button', { name: 'Share outside the school' }).click();
	await expect(summary).toContainText('belongs to a member of staff of another organisation');
	expect((await auditRows(school.id)).filter((row) => row.action === 'invitation.made')).toEqual([]);

	const therapistEmail = `priya-${unique()}@nhs.example`;
	await fill(therapistEmail);
	await expect(
		page.getByRole('group', { name: 'What may they do with the plan?' }).getByLabel('Can read the plan')
	).toBeChecked();
	await form.getByRole('button', { name: 'Share outside the school' }).click();
	const notice = page.getByRole('status');
	await expect(notice).toContainText('Invitation made for Priya Shah');
	const box = page.getByLabel('Invitation link for Priya Shah');
	await expect(box).toHaveAttribute('readonly', '');
	const link = await box.inputValue();
	expect(link).toMatch(/\/invitations\/[a-z2-7]{32}$/);
	if (javaScriptEnabled()) {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(notice).toContainText('The link has been copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	} else {
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	}
	// Listed as still open, with withdraw; never "everyone already has access" while it is.
	const open = page.getByRole('listitem').filter({ hasText: 'Priya Shah, Speech and language therapist' });
	await expect(open).toContainText('NHS Kent Community Health');
	await expect(open).toContainText('can read the plan');
	await expect(open.getByRole('button', { name: 'Withdraw invitation for Priya Shah' })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText('already has access');
	await expectNoAxeViolations(page);

	// The therapist, in a browser of her own: the page names the child and who invited her.
	const theirs = await browser.newContext({ javaScriptEnabled: javaScriptEnabled() });
	const therapist = await theirs.newPage();
	await therapist.goto(link);
	await expect(therapist.locator('.lede')).toContainText(
		`Mrs Patel (SENCo, ${school.name}) has invited you to read Sarah Okafor's plan`
	);
	await expect(therapist.getByRole('main')).toContainText('Speech and language therapist');
	await expect(therapist.getByRole('main')).toContainText('NHS Kent Community Health');
	await expectNoAxeViolations(therapist);
	await therapist.getByLabel('Create a password').fill('tongue twister practice');
	await therapist.getByLabel('Type the password again').fill('tongue twister practice');
	await therapist.getByRole('button', { name: 'Create account' }).click();
	// She reaches a child's data: a second factor first, as staff.
	await expect(therapist.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
	const key = (await therapist.getByTestId('totp-key').textContent())!;
	await therapist.getByLabel('Code from the app').fill(authenticatorCode(key));
	await therapist.getByRole('button', { name: 'Finish setting up' }).click();
	await therapist.getByRole('link', { name: 'I have saved my codes: continue' }).click();
	// With the one plan shared with her, her home is that plan.
	await expect(therapist).toHaveURL(new RegExp(`/plans/${planId}$`));
	await expect(therapist.getByRole('main')).toContainText('Sarah');
	await expect(therapist.getByRole('main')).not.toContainText('Kacper');
	expect((await therapist.goto(`/plans/${planId}`))?.status()).toBe(200);
	expect((await therapist.goto(`/plans/${planId}/share`))?.status()).toBe(404);
	// "Can read": she reads, and cannot change anything (a change is refused as if there were no plan).
	expect((await therapist.goto(`/plans/${planId}/details`))?.status()).toBe(200);
	expect((await therapist.goto(`/plans/${planId}/audit`))?.status()).toBe(404);
	const change = await therapist.request.post(`/plans/${planId}/team?/save`, {
		form: { name: 'Someone', role: 'other', roleDescription: 'Anything' },
		headers: { origin: new URL(therapist.url()).origin }
	});
	expect(change.status()).toBe(404);
	await theirs.close();

	// The coordinator sees her among those with access, with her role and organisation.
	await page.goto(`/plans/${planId}/share`);
	await expect(page.getByRole('table')).toContainText(
		'Priya Shah, Speech and language therapist, NHS Kent Community Health'
	);
	await expect(page.getByRole('table')).toContainText('Can read the plan');
	await expect(page.getByRole('heading', { name: 'Invitations not yet used' })).toHaveCount(0);
	expect((await auditRows(school.id)).map((row) => row.action)).toEqual(
		expect.arrayContaining(['invitation.made', 'invitation.used'])
	);
});

test('an open invitation from outside can be withdrawn, and its link then says so', async ({ page, browser }) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/share`);
	const form = page.locator('form[action="?/shareOutside"]');
	await form.getByLabel('Their name').fill('Sam Ward');
	await form.getByLabel('Their work email address').fill(`sam-${unique()}@nhs.example`);
	await form.getByLabel('Their role').fill('Physiotherapist');
	await form.getByLabel('The organisation they work for').fill('NHS Kent Community Health');
	await page.getByRole('group', { name: 'What may they do with the plan?' }).getByLabel('Can change the plan').check();
	await form.getByRole('button', { name: 'Share outside the school' }).click();
	const link = await page.getByLabel('Invitation link for Sam Ward').inputValue();
	await page.getByRole('button', { name: 'Withdraw invitation for Sam Ward' }).click();
	await expect(page.getByRole('status')).toContainText('The invitation has been withdrawn');
	await expect(page.getByRole('heading', { name: 'Invitations not yet used' })).toHaveCount(0);
	const other = await browser.newPage();
	expect((await other.goto(link))?.status()).toBe(410);
	await other.close();
	expect((await auditRows(coordinator.organisationId)).map((row) => row.action)).toEqual(
		expect.arrayContaining(['invitation.made', 'invitation.withdrawn'])
	);
});

test('the team\'s "Other" role takes a description, shown instead of "Other" and printed in the PDF', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	// An older plan's "Other" with no description, as plans were written before descriptions.
	const older = fixturePlan('sarah');
	older.team = older.team.map(({ roleDescription: _described, ...member }) => member);
	const { planId } = await seedPlan(coordinator.organisationId, older);
	await signIn(page, coordinator);
	await page.goto(`/plans/${planId}/team`);
	const tom = page.locator('.member').filter({ hasText: 'Tom Reilly' });
	// It still reads "Other".
	await expect(tom).toContainText('Other');
	await tom.getByRole('link', { name: /Change/ }).click();
	await page.getByLabel('Role').selectOption('other');
	await page.getByLabel('If “Other”: what they do').fill('');
	await page.getByRole('button', { name: 'Save team member' }).click();
	await expect(page.getByRole('alert')).toContainText('Describe the role, for example Travel trainer');
	await expect(page).toHaveTitle(/^Error: Team/);
	await expectNoAxeViolations(page);
	await page.getByLabel('If “Other”: what they do').fill('Travel trainer');
	await page.getByRole('button', { name: 'Save team member' }).click();
	await expect(page.getByRole('status')).toContainText('Team member saved');
	await expect(tom.getByRole('definition')).toContainText(['Travel trainer']);
	await expect(tom).not.toContainText('Other');
	await expectNoAxeViolations(page);

	const response = await page.request.get(`/plans/${planId}/plan.pdf`);
	const pdf = await getDocument({
		data: new Uint8Array(await response.body()),
		isEvalSupported: false,
		disableFontFace: true
	}).promise;
	let text = '';
	for (let number = 1; number <= pdf.numPages; number++)
		text += (await (await pdf.getPage(number)).getTextContent()).items
			.map((item) => ('str' in item ? item.str : ''))
			.join(' ');
	expect(text).toContain('Travel trainer');
	expect(text).not.toMatch(/Tom Reilly\s+Other/);
});
