import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedGrant, seedPlan } from './support/plans';
import { currentVersion, planAudit, storedItems } from './support/seed-plan-check';
import { seedStaff, signIn } from './support/seed';

test("agreeing Sarah's plan: who took part is required; once agreed the plan shows who agreed it, when and with whom, and a later change is refused", async ({
	page
}) => {
	const staff = await seedStaff({ role: 'coordinator' });
	const { planId, ids } = await seedPlan(staff.organisationId, fixturePlan('sarah'), staff.id);
	await signIn(page, staff);
	await page.goto(`/plans/${planId}/agree`);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agree the plan');
	await expect(page.getByText('The plan becomes read-only. Changes then come through a review.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText(/Status\s*Draft/);
	const group = page.getByRole('group', { name: 'Who took part in agreeing the plan?' });
	await expect(group.getByRole('checkbox')).toHaveCount(6);
	await expectNoAxeViolations(page);

	// Nobody ticked: refused, with the reason by the boxes and in the summary.
	await page.getByRole('button', { name: 'Agree the plan' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Select who took part in agreeing the plan: at least one member of the team'
	);
	await expect(page.locator('#tookPart-error')).toContainText('Select who took part');
	await expect(page).toHaveTitle(/^Error: Agree the plan/);
	expect((await currentVersion(planId)).status).toBe('draft');
	await expectNoAxeViolations(page);

	await group.getByLabel('Sarah Okafor (Child or young person)').check();
	await group.getByLabel('Grace Okafor (Parent or carer)').check();
	await group.getByLabel('Mr Daniel Price (SENCo (special educational needs co-ordinator))').check();
	await page.getByRole('button', { name: 'Agree the plan' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan agreed');
	await expect(page.getByRole('status')).toContainText('Sarah’s plan is agreed. It is now read-only.');
	await expect(page.getByRole('region', { name: 'Plan summary' })).toContainText(/Status\s*Agreed/);
	const agreement = page.locator('[data-agreement]');
	await expect(agreement.locator('div').nth(0).locator('dd')).toHaveText(staff.name);
	await expect(agreement.locator('div').nth(1).locator('dd')).toHaveText(
		/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2}$/
	);
	await expect(agreement.locator('div').nth(2).locator('li')).toHaveText([
		'Sarah Okafor (Child or young person)',
		'Grace Okafor (Parent or carer)',
		'Mr Daniel Price (SENCo (special educational needs co-ordinator))'
	]);
	await expect(page.getByRole('button', { name: 'Agree the plan' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	const stored = await currentVersion(planId);
	expect(stored.status).toBe('agreed');
	expect(stored.agreed_by).toBe(staff.id);
	expect(JSON.parse(stored.agreed_with!).map((who: { name: string }) => who.name)).toEqual([
		'Sarah Okafor',
		'Grace Okafor',
		'Mr Daniel Price'
	]);
	const snapshot = JSON.parse(stored.snapshot!);
	expect(snapshot.document.plan.status).toBe('agreed');
	expect(snapshot.document.aspirations.map((a: { text: string }) => a.text)).toEqual(
		fixturePlan('sarah').aspirations.map((a) => a.text)
	);
	expect(snapshot.findings).toEqual([]);
	expect((await planAudit(planId)).filter((row) => row.action === 'plan.agreed')).toEqual([
		{ action: 'plan.agreed', account_id: staff.id }
	]);

	// The check page says so too.
	await page.goto(`/plans/${planId}/check`);
	await expect(page.getByText('This plan has been agreed, so it cannot be changed.')).toBeVisible();

	// A change posted to an item page afterwards is refused with a plain message, and nothing changes.
	const before = await storedItems(planId);
	const response = await page.request.post(`/plans/${planId}/aspirations?/save`, {
		form: { id: ids.get('aspiration:a1')!, revision: '1', text: 'I want to be a vet.', voice: 'child' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(409);
	expect(await response.text()).toContain(
		'This plan has been agreed, so it cannot be changed. Changes come through a review.'
	);
	expect(await storedItems(planId)).toEqual(before);
	expect(await currentVersion(planId)).toEqual(stored);
	expect((await planAudit(planId)).filter((row) => row.action === 'plan.changed')).toEqual([]);

	// Agreeing again is refused too.
	const again = await page.request.post(`/plans/${planId}/agree?/agree`, {
		form: { versionId: 'whatever', tookPart: ids.get('team:t1')! },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(again.status()).toBe(409);
	expect(await currentVersion(planId)).toEqual(stored);
});

test('a viewer sees what agreeing means but is not offered the button, and cannot agree by posting', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { planId, versionId, ids } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'), coordinator.id);
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	await seedGrant(planId, practitioner.id, 'viewer');
	await signIn(page, practitioner);
	await page.goto(`/plans/${planId}/agree`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agree the plan');
	await expect(page.getByText('Only the plan’s editors can agree it.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Agree the plan' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	const response = await page.request.post(`/plans/${planId}/agree?/agree`, {
		form: { versionId, tookPart: ids.get('team:t1')! },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(404);
	expect((await currentVersion(planId)).status).toBe('draft');
});
