import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { seedFamilyMember, signInFamily } from './support/plan-builder';
import { fixturePlan, seedMeeting, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * "Here now" is opt-in: nobody is shown until they choose to be. Grace, on her phone, shows that she has
 * the meeting open; the chair's page shows her name (live with JavaScript, on a refresh without), until
 * she stops.
 */
test('who is here now: nobody until they choose to be shown, then their name, until they stop', async ({
	browser,
	baseURL
}) => {
	const javaScript = test.info().project.use.javaScriptEnabled !== false;
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const family = await seedFamilyMember(planId, 'contributor');
	const { meetingId } = await seedMeeting(planId, coordinator.id);
	const meetingUrl = `/plans/${planId}/meetings/${meetingId}`;

	const chairContext = await browser.newContext({ baseURL });
	const chair = await chairContext.newPage();
	await signIn(chair, coordinator);
	await chair.goto(meetingUrl);
	const chairSees = chair.locator('#here-now p');
	await expect(chairSees).toHaveText('Nobody has chosen to show that they have the meeting open.');

	const phoneContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const grace = await phoneContext.newPage();
	await signInFamily(grace, family);
	await grace.goto(`${meetingUrl}?screen=important`);
	await grace.getByRole('button', { name: 'Show the others I am here' }).click();
	await expect(grace.getByRole('status')).toContainText('The others can now see that you have the meeting open');
	// She stays on the screen she was reading.
	await expect(grace.getByRole('heading', { level: 2, name: /^What’s important to Sarah/ })).toBeVisible();
	await expect(grace.locator('#here-now p')).toHaveText(/^With the meeting open: Grace Okafor \S+\.$/);
	await expectNoAxeViolations(grace);

	if (!javaScript) await chair.reload();
	await expect(chairSees).toHaveText(/^With the meeting open: Grace Okafor \S+\.$/, { timeout: 2_000 });

	await grace.getByRole('button', { name: 'Stop showing that I am here' }).click();
	await expect(grace.getByRole('status')).toContainText('The others no longer see that you have the meeting open');
	if (!javaScript) await chair.reload();
	await expect(chairSees).toHaveText('Nobody has chosen to show that they have the meeting open.', {
		timeout: 2_000
	});
	await expectNoAxeViolations(chair);

	await chairContext.close();
	await phoneContext.close();
});
