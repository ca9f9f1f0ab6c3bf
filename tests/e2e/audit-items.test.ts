import { expect, test } from '@playwright/test';
import { e2eDatabasePath } from '../../playwright.config';
import { openDatabase } from '../../src/lib/server/db/database';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedGrant, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

/**
 * The audit logs say which item a change was to, by kind, number and words as the plan has them now,
 * and the organisation's log can be filtered to a family member.
 */
test('the audit logs name the item changed, and the person filter offers family members', async ({ page }) => {
	const admin = await seedStaff({ role: 'admin' });
	const family = await seedStaff({ role: 'practitioner', organisationId: admin.organisationId, name: 'Grace Okafor' });
	const sarah = fixturePlan('sarah');
	const plan = await seedPlan(admin.organisationId, sarah, admin.id);
	await seedGrant(plan.planId, family.id, 'contributor');
	const secondOutcome = plan.ids.get(`outcome:${sarah.outcomes[1]!.id}`)!;
	const handle = openDatabase(e2eDatabasePath);
	try {
		await handle.db
			.updateTable('account')
			.set({ organisation_id: null, role: null })
			.where('id', '=', family.id)
			.execute();
		const row = (account: string, action: 'plan.changed' | 'note.added', item: string | null, minute: number) => ({
			at: new Date(Date.now() - (10 - minute) * 60_000).toISOString(),
			organisation_id: admin.organisationId,
			account_id: account,
			plan_id: plan.planId,
			action,
			item,
			ip: '127.0.0.1'
		});
		await handle.db
			.insertInto('audit_event')
			.values([
				row(admin.id, 'plan.changed', `outcome:${secondOutcome}`, 1),
				row(admin.id, 'plan.changed', 'outcome:since-removed', 2),
				row(family.id, 'note.added', null, 3)
			])
			.execute();
	} finally {
		await handle.close();
	}
	const words = sarah.outcomes[1]!.text.replace(/\s+/g, ' ').slice(0, 15);

	await signIn(page, admin);
	await page.goto(`/plans/${plan.planId}/audit`);
	const log = page.getByRole('table');
	await expect(log).toContainText(`Changed outcome 2: “${words}`);
	await expect(log).toContainText('Changed an outcome since removed');
	await expect(log).not.toContainText(secondOutcome);
	await expectNoAxeViolations(page);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: test.info().outputPath(`plan-audit-${width}.png`), fullPage: true });
	}

	await page.goto('/admin/audit');
	const entries = page.getByRole('table', { name: 'Audit log entries' });
	await expect(entries).toContainText(`outcome 2: “${words}`);
	await page.getByLabel('Person').selectOption({ label: 'Grace Okafor (family)' });
	await page.getByRole('button', { name: 'Show matching entries' }).click();
	await expect(page).toHaveURL(new RegExp(`person=${family.id}`));
	await expect(page.getByText('Showing entries 1 to 1 of 1.')).toBeVisible();
	await expect(entries).toContainText('Added a note of what’s working and what’s not');
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 390, height: 900 });
	await page.screenshot({ path: test.info().outputPath('admin-audit-390.png'), fullPage: true });
});
