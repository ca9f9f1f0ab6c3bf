import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { fixturePlan, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

test('two people change the same outcome at once: the second save is refused, showing what the first saved and keeping what the second typed; saving again goes through', async ({
	browser
}) => {
	const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
	const first = await seedStaff({ role: 'coordinator' });
	const second = await seedStaff({ role: 'coordinator', organisationId: first.organisationId });
	const { planId, ids } = await seedPlan(first.organisationId, fixturePlan('sarah'), first.id);
	const address = `/plans/${planId}/outcomes?edit=${ids.get('outcome:o1')}#form`;

	const contextA = await browser.newContext({ javaScriptEnabled });
	const contextB = await browser.newContext({ javaScriptEnabled });
	try {
		const a = await contextA.newPage();
		const b = await contextB.newPage();
		await signIn(a, first);
		await signIn(b, second);
		await a.goto(address);
		await b.goto(address);
		const label = 'The outcome: what Sarah will be able to do';
		await expect(a.getByLabel(label)).toHaveValue(/^By the age of 16, Sarah will have a small group of friends/);
		await expect(b.getByLabel(label)).toHaveValue(/^By the age of 16, Sarah will have a small group of friends/);

		await a.getByLabel(label).fill('By July 2028, Sarah will meet two friends in town each month.');
		await a.getByRole('button', { name: 'Save outcome' }).click();
		await expect(a.getByRole('status')).toContainText('Outcome saved');

		await b.getByLabel(label).fill('By July 2028, Sarah will keep in touch with her friends online every week.');
		await b.getByLabel('How will we know?').fill('Sarah shows her mum her messages each Sunday.');
		await b.getByRole('button', { name: 'Save outcome' }).click();
		await expect(b).toHaveTitle(/^Error: /);
		await expect(b.getByRole('alert')).toContainText(
			new RegExp(`${first.name} changed this outcome at \\d\\d:\\d\\d while you were editing`)
		);
		const theirs = b.locator('[data-stale-notice]');
		await expect(theirs).toContainText('What the other person saved');
		await expect(theirs).toContainText('By July 2028, Sarah will meet two friends in town each month.');
		await expect(b.getByLabel(label)).toHaveValue(
			'By July 2028, Sarah will keep in touch with her friends online every week.'
		);
		await expect(b.getByLabel('How will we know?')).toHaveValue('Sarah shows her mum her messages each Sunday.');
		await expectNoAxeViolations(b);

		await b.getByRole('button', { name: 'Save outcome' }).click();
		await expect(b.getByRole('status')).toContainText('Outcome saved By July 2028, Sarah will keep in touch');
		await expect(b.locator('li.item').first()).toContainText(
			'By July 2028, Sarah will keep in touch with her friends online every week.'
		);
		await a.goto(`/plans/${planId}/outcomes`);
		await expect(a.locator('li.item').first()).toContainText('keep in touch with her friends online every week');
	} finally {
		await contextA.close();
		await contextB.close();
	}
});
