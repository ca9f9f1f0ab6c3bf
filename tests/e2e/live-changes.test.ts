import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openEventStream } from './support/event-stream';
import { seedFamilyMember, signInFamily } from './support/plan-builder';
import { fixturePlan, seedPlan, seedSessionCookie } from './support/plans';
import { auditRows, seedStaff, signIn } from './support/seed';

/** The machine may be busy: pages after a sign-in get longer than the default to appear. */
const expect = baseExpect.configure({ timeout: 15_000 });
/** The promise: a change is seen on every other screen within 2 seconds. */
const live = { timeout: 2_000 };

test('a change made by the SENCo appears on Grace’s phone without reloading, with who made it', async ({
	browser,
	baseURL
}) => {
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const family = await seedFamilyMember(planId, 'contributor');
	const javaScript = test.info().project.use.javaScriptEnabled !== false;

	const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
	const grace = await phone.newPage();
	await signInFamily(grace, family);
	await expect(grace).toHaveURL(new RegExp(`/plans/${planId}$`));
	const childSaid = grace.locator('figure.child-voice');
	await expect(childSaid).not.toContainText('I want to learn to swim.');

	const laptop = await browser.newContext({ baseURL });
	const senco = await laptop.newPage();
	await signIn(senco, coordinator);
	await senco.goto(`/plans/${planId}/aspirations`);
	await senco.getByLabel('The aspiration, in the speaker’s own words').fill('I want to learn to swim.');
	await senco.getByLabel('Child or young person').check();
	await senco.getByRole('button', { name: 'Save aspiration' }).click();
	await expect(senco.getByRole('status')).toContainText('Aspiration saved “I want to learn to swim.”');

	const changes = grace.getByRole('region', { name: 'Changed while you have had this page open' });
	if (javaScript) {
		await expect(childSaid).toContainText('I want to learn to swim.', live);
		await expect(changes).toContainText(
			/Sam Patel at \d\d:\d\d: Changed aspiration \d+: “I want to learn to swim\.”/,
			live
		);
		await expectNoAxeViolations(grace);
		// The SENCo's own page is not told of their own change as news.
		await senco.goto(`/plans/${planId}`);
		await expect(senco.getByRole('heading', { name: 'Build the plan' })).toBeVisible();
	} else {
		// Without JavaScript the page is as current as its last load: a refresh shows the change.
		await expect(childSaid).not.toContainText('I want to learn to swim.');
		await grace.reload();
		await expect(childSaid).toContainText('I want to learn to swim.');
		await expect(changes).toHaveCount(0);
	}
	await expect(senco.getByRole('region', { name: 'Changed while you have had this page open' })).toHaveCount(0);
	await Promise.all([phone.close(), laptop.close()]);
});

test('the plan’s live stream: nothing for a stranger, what was missed after a dropped connection, and an end when access goes', async ({
	baseURL
}) => {
	test.skip(test.info().project.name !== 'js', 'no browser in it: once is enough');
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const stranger = await seedStaff({ role: 'coordinator' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const url = `${baseURL}/plans/${planId}/changes`;

	const refused = await openEventStream(url, { cookie: await seedSessionCookie(stranger.id) });
	expect(refused.status).toBe(404);
	expect(await refused.until(/event:/)).toBe(false);
	const signedOut = await openEventStream(url, {});
	expect(signedOut.status).toBe(303);
	expect(await signedOut.until(/event:/)).toBe(false);

	const cookie = await seedSessionCookie(coordinator.id);
	/** A form posted as a browser without JavaScript would: answers the status. */
	const post = async (path: string, as: string, fields: Record<string, string> = {}) =>
		(
			await fetch(`${baseURL}${path}`, {
				method: 'POST',
				headers: {
					cookie: as,
					origin: baseURL!,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields),
				redirect: 'manual'
			})
		).status;
	const save = (text: string, as = cookie) =>
		post(`/plans/${planId}/aspirations?/save`, as, { text, voice: 'parent-carer' });
	const first = await openEventStream(url, { cookie });
	expect(first.status).toBe(200);
	expect(await save('Seen live.')).toBe(303);
	await first.until(/Seen live/);
	const lastSeen = /id: (\d+)\n[^]*?Seen live/.exec(first.text())![1]!;
	first.close();

	// Away (the connection dropped): two changes are made meanwhile; back, it is told both, and only those.
	await save('Missed one.');
	await save('Missed two.');
	const back = await openEventStream(url, { cookie, 'last-event-id': lastSeen });
	await back.until(/Missed two/);
	expect(back.text()).not.toContain('Seen live');
	expect(back.text().match(/event: change/g)).toHaveLength(2);
	expect(back.text()).toContain('"who":"Sam Patel"');

	// Signed out elsewhere: the next change is not sent, and the stream ends.
	expect(await post('/sign-out', cookie)).toBe(303);
	expect(await save('After signing out.', await seedSessionCookie(coordinator.id))).toBe(303);
	expect(await back.until(/After signing out/)).toBe(false);
	expect((await auditRows(coordinator.organisationId)).filter((row) => row.action === 'plan.changed')).toHaveLength(4);
});
