import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dateGroup } from './support/dates';
import { activate, chooseOption, chooseRadio, tabTo, typeDate, typeInto } from './support/keyboard';
import { seedFamilyMember, signInFamily } from './support/plan-builder';
import { fixturePlan, seedPlan } from './support/plans';
import { seedStaff, signIn } from './support/seed';

const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * A meeting run with the keyboard alone: the SENCo chairs it from a laptop (Tab, arrows, Space and Enter,
 * no mouse), and Grace joins from her phone the same way. Every step a chair takes in a meeting is
 * reachable, in order, and says what happened.
 */
test('a meeting, keyboard only: the chair starts, records, moves on, agrees an action and ends it; Grace adds her words', async ({
	browser,
	baseURL
}) => {
	// The forms are the same with JavaScript off, and meeting.test.ts walks them that way; what this adds
	// is the keyboard, whose moves do not depend on the page's script.
	test.skip(test.info().project.use.javaScriptEnabled === false, 'keyboard use is walked with JavaScript on');
	test.setTimeout(300_000);
	const coordinator = await seedStaff({ role: 'coordinator', name: 'Sam Patel' });
	const { planId } = await seedPlan(coordinator.organisationId, fixturePlan('sarah'));
	const family = await seedFamilyMember(planId, 'contributor');

	const chairContext = await browser.newContext({ baseURL });
	const chair = await chairContext.newPage();
	await signIn(chair, coordinator);
	await chair.goto(`/plans/${planId}`);
	await activate(chair, chair.getByRole('link', { name: 'Meetings', exact: true }));
	await activate(chair, chair.getByRole('button', { name: 'Start the meeting' }));
	await expect(chair.getByRole('heading', { level: 2, name: 'Who’s here' })).toBeVisible();
	const meetingUrl = new URL(chair.url()).pathname;

	await test.step('who’s here: a radio group a person, and how Sarah takes part', async () => {
		await chooseRadio(chair, chair.getByRole('radio', { name: 'Sarah Okafor: Here' }));
		await chooseRadio(chair, chair.getByRole('radio', { name: 'Grace Okafor: Here' }));
		await chooseRadio(chair, chair.getByLabel('Sarah is here for the whole meeting'));
		await activate(chair, chair.getByRole('button', { name: 'Save who’s here' }));
		await expect(chair.getByRole('status')).toContainText('Who’s here has been saved');
		await expect(chair.getByRole('radio', { name: 'Sarah Okafor: Here' })).toBeChecked();
	});

	await test.step('the next screen, and Sarah’s words written down with who helped her say them', async () => {
		await activate(chair, chair.getByRole('button', { name: /^Next: What we like and admire about Sarah/ }));
		await expect(chair.getByRole('heading', { level: 2, name: 'What we like and admire about Sarah' })).toBeVisible();
		await chooseOption(chair, chair.getByLabel('Who said it'), '1. Sarah Okafor (Child or young person)');
		await typeInto(chair, chair.getByLabel('Who helped them say it (optional)'), 'her key worker');
		await typeInto(chair, chair.getByLabel('What they said'), 'I am good at drawing cats.');
		await activate(chair, chair.getByRole('button', { name: 'Add what was said' }));
		await expect(chair.locator('.said')).toContainText(
			'Sarah said (with her key worker): “I am good at drawing cats.”'
		);
	});

	await test.step('Grace, on her phone, joins and adds her own words, and parks a point', async () => {
		const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
		const grace = await phone.newPage();
		await signInFamily(grace, family);
		await grace.goto(`/plans/${planId}/meetings`);
		await activate(grace, grace.getByRole('link', { name: 'Join the meeting' }));
		await expect(grace.getByRole('heading', { level: 2, name: 'What we like and admire about Sarah' })).toBeVisible();
		await typeInto(grace, grace.getByLabel('What they said'), 'She always says thank you.');
		await activate(grace, grace.getByRole('button', { name: 'Add what was said' }));
		await expect(grace.locator('.said')).toContainText('She always says thank you.');
		await typeInto(grace, grace.getByLabel('Something to come back to'), 'Her bus pass');
		await activate(grace, grace.getByRole('button', { name: 'Park it' }));
		await expect(grace.getByRole('status')).toContainText('Parked');
		await expectNoAxeViolations(grace);
		await phone.close();
	});

	await test.step('the chair goes to Actions from the agenda, agrees one with a date, and answers the check', async () => {
		await chair.goto(meetingUrl);
		await activate(chair, chair.getByRole('navigation', { name: 'Agenda' }).getByRole('link', { name: 'Actions' }));
		await expect(chair.getByRole('heading', { level: 2, name: 'Actions' })).toBeVisible();
		await typeInto(chair, chair.getByLabel('What will be done'), 'Ask about a bus pass for Sarah');
		await typeInto(chair, chair.getByLabel('Who will do it'), 'Sam Patel');
		await typeDate(chair, dateGroup(chair, 'By when'), '2027-01-15');
		await activate(chair, chair.getByRole('button', { name: 'Add the action' }));
		await expect(chair.getByRole('status')).toContainText('Action added');
		await expect(chair.locator('main')).toContainText('15 January 2027');

		await activate(
			chair,
			chair.getByRole('navigation', { name: 'Agenda' }).getByRole('link', { name: 'Check before agreeing' })
		);
		const answers: Array<[RegExp, string]> = [
			[/^Space/, 'Yes: she sat with her key worker and drew her answers.'],
			[/^Voice/, 'In her own words, and through her drawings.'],
			[/^Audience/, 'Everyone at the meeting, her mum first.'],
			[/^Influence/, 'Her wish for a bus pass became an action.']
		];
		for (const [label, answer] of answers) await typeInto(chair, chair.getByLabel(label), answer);
		await activate(chair, chair.getByRole('button', { name: 'Save the check' }));
		await expect(chair.getByRole('status')).toContainText('The check before agreeing has been saved');
		await expectNoAxeViolations(chair);
	});

	await test.step('the chair ends the meeting after confirming, and the record says who said what', async () => {
		await activate(chair, chair.getByRole('link', { name: 'End the meeting' }));
		await activate(chair, chair.getByRole('button', { name: 'Yes, end the meeting' }));
		await expect(chair.getByRole('heading', { level: 1 })).toContainText('Planning meeting on');
		await expect(chair.locator('main')).toContainText('Ask about a bus pass for Sarah');
		await expect(chair.locator('main')).toContainText('I am good at drawing cats.');
		await tabTo(chair, chair.getByRole('link', { name: 'Download the record (PDF)' }));
	});
	await chairContext.close();
});
