import SQLite from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedPlan, seedSessionCookie } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

function count(sql: string, ...params: unknown[]): number {
	const db = new SQLite(e2eDatabasePath, { readonly: true });
	try {
		db.pragma('busy_timeout = 10000');
		return (db.prepare(sql).get(...params) as { n: number }).n;
	} finally {
		db.close();
	}
}

test('a coordinator downloads everything about a child after re-entering their password; a wrong one is refused', async ({
	page
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { childId, planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	await signIn(page, coordinator);
	await page.goto(`/children/${childId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sarah Okafor’s records');
	await expect(page.getByRole('table')).toContainText(fixturePlan('sarah').plan.title);
	await expectNoAxeViolations(page);

	await page.getByLabel('Enter your password to download').fill('not my password at all');
	await page.getByRole('button', { name: 'Download everything (zip)' }).click();
	await expect(page.getByRole('alert')).toContainText('Your password is not right');
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page);
	expect(count('SELECT count(*) AS n FROM sign_in_attempt WHERE email = ? AND succeeded = 0', coordinator.email)).toBe(
		1
	);

	await page.getByLabel('Enter your password to download').fill(coordinator.password);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download everything (zip)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^Sarah-Okafor-records-\d{4}-\d{2}-\d{2}\.zip$/);
	const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	expect(Object.keys(files)).toEqual(
		expect.arrayContaining([
			'README.txt',
			'plan-1/version-1.json',
			'plan-1/version-1.pdf',
			'audit-log.csv',
			'records/child.json'
		])
	);
	expect(strFromU8(files['README.txt']!)).toContain('Everything Golden Thread holds about Sarah Okafor');
	expect(JSON.parse(strFromU8(files['plan-1/version-1.json']!)).plan.title).toBe(fixturePlan('sarah').plan.title);
	expect(strFromU8(files['plan-1/version-1.pdf']!.subarray(0, 5))).toBe('%PDF-');
	expect((await auditRows(coordinator.organisationId)).filter((row) => row.action === 'child.exported')).toHaveLength(
		1
	);
	expect(planId).toBeTruthy();
});

test('a child’s records are for coordinators and admins of their organisation only', async ({
	playwright,
	baseURL
}) => {
	const coordinator = await seedStaff({ role: 'coordinator' });
	const { childId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const practitioner = await seedStaff({ role: 'practitioner', organisationId: coordinator.organisationId });
	const outsider = await seedStaff({ role: 'admin' });
	for (const who of [practitioner, outsider]) {
		const context = await playwright.request.newContext({
			baseURL,
			extraHTTPHeaders: { cookie: await seedSessionCookie(who.id), origin: baseURL! }
		});
		expect((await context.get(`/children/${childId}`)).status()).toBe(404);
		expect(
			(
				await context.post(`/children/${childId}/export`, { form: { password: who.password }, maxRedirects: 0 })
			).status()
		).toBe(404);
		expect((await context.get(`/children/${childId}/delete`)).status()).toBe(404);
		await context.dispose();
	}
	// A coordinator may download, but only an admin may delete.
	const own = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: await seedSessionCookie(coordinator.id), origin: baseURL! }
	});
	expect((await own.get(`/children/${childId}/delete`)).status()).toBe(404);
	expect(
		(await own.post(`/children/${childId}/delete`, { form: { confirmName: 'Sarah Okafor' }, maxRedirects: 0 })).status()
	).toBe(404);
	await own.dispose();
	expect(count('SELECT count(*) AS n FROM child WHERE id = ?', childId)).toBe(1);
});

test('an admin deletes a child’s records after typing their name; they are gone and the deletion is audited', async ({
	page
}) => {
	const admin = await seedStaff({ role: 'admin' });
	const { childId, planId } = await seedPlan(admin.organisationId, fixturePlan('sarah'));
	const kept = await seedPlan(admin.organisationId, fixturePlan('amara'));
	await signIn(page, admin);
	await page.goto(`/children/${childId}`);
	await page.getByRole('link', { name: 'Delete Sarah Okafor’s records' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete Sarah Okafor’s records');
	await expect(page.getByRole('main')).toContainText('This cannot be undone');
	await expectNoAxeViolations(page);

	await page.getByLabel('Type Sarah Okafor to confirm').fill('Sarah');
	await page.getByRole('button', { name: 'Delete Sarah Okafor’s records' }).click();
	await expect(page.getByRole('alert')).toContainText('Type the child’s full name, Sarah Okafor');
	await expect(page.getByLabel('Type Sarah Okafor to confirm')).toHaveValue('Sarah');
	await expectNoAxeViolations(page);
	expect(count('SELECT count(*) AS n FROM child WHERE id = ?', childId)).toBe(1);

	await page.getByLabel('Type Sarah Okafor to confirm').fill('  sarah   okafor ');
	await page.getByRole('button', { name: 'Delete Sarah Okafor’s records' }).click();
	await expect(page.getByRole('status')).toContainText('The child’s records have been deleted');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Records deleted');
	await expectNoAxeViolations(page);

	expect(count('SELECT count(*) AS n FROM child WHERE id = ?', childId)).toBe(0);
	expect(count('SELECT count(*) AS n FROM plan WHERE id = ?', planId)).toBe(0);
	expect(
		count(
			'SELECT count(*) AS n FROM plan_item WHERE data LIKE ?',
			`%${fixturePlan('sarah').aspirations[0]!.text.slice(0, 30)}%`
		)
	).toBe(
		count(
			'SELECT count(*) AS n FROM plan_item WHERE data LIKE ? AND version_id NOT IN (SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.organisation_id = ?)',
			`%${fixturePlan('sarah').aspirations[0]!.text.slice(0, 30)}%`,
			admin.organisationId
		)
	);
	expect(count('SELECT count(*) AS n FROM child WHERE id = ?', kept.childId)).toBe(1);
	expect((await auditRows(admin.organisationId)).filter((row) => row.action === 'child.deleted')).toEqual([
		{ action: 'child.deleted', item: `child:${childId}`, account_id: admin.id }
	]);
	expect((await page.goto(`/children/${childId}`))?.status()).toBe(404);
	expect((await page.goto(`/plans/${planId}`))?.status()).toBe(404);
});
