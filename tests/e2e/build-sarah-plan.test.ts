import { expect as baseExpect, test, type Page } from '@playwright/test';
import { profileEntry } from '../../src/lib/plan/profile-entry';
import type { PlanDocument } from '../../src/lib/plan/document';
import { areaOfNeedLabels, roleLabels, voiceLabels } from '../../src/lib/plan/labels';
import { expectNoAxeViolations } from './axe';
import { dateGroup } from './support/dates';
import { activate, chooseOption, chooseRadio, tick, typeDate, typeInto } from './support/keyboard';
import { hydrated } from './support/plan-builder';
import { fixturePlan } from './support/plans';
import { currentVersion } from './support/seed-plan-check';
import { seedStaff, signIn } from './support/seed';

/** Each page after a form post may take a while on a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

// Dates are typed day, month, year, as people in the UK do.
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const sarah = fixturePlan('sarah');

/** The plan with every id replaced by what it points to, so that a plan built by hand compares with the example. */
function byContent(plan: PlanDocument) {
	const texts = new Map<string, string>(
		[...plan.aspirations, ...plan.needs, ...plan.outcomes].map((item) => [item.id, item.text])
	);
	const names = new Map(plan.team.map((member) => [member.id, member.name]));
	const named = (ids: readonly string[]) => ids.map((id) => texts.get(id));
	return {
		child: plan.child,
		// Who said each is recorded as the plan is built (the example names no one): compared by words.
		profile: plan.profile && {
			likeAndAdmire: plan.profile.likeAndAdmire?.map((entry) => profileEntry(entry).text),
			important: plan.profile.important?.map((entry) => profileEntry(entry).text),
			support: plan.profile.support?.map((entry) => profileEntry(entry).text)
		},
		plan: {
			title: plan.plan.title,
			kind: plan.plan.kind,
			startDate: plan.plan.startDate,
			reviewDate: plan.plan.reviewDate
		},
		team: plan.team.map(({ id: _id, ...member }) => member),
		aspirations: plan.aspirations.map(({ id: _id, saidBy: _saidBy, ...aspiration }) => aspiration),
		needs: plan.needs.map(({ id: _id, aspirationIds, ...need }) => ({ ...need, aspirations: named(aspirationIds) })),
		outcomes: plan.outcomes.map(({ id: _id, aspirationIds, needIds, ...outcome }) => ({
			...outcome,
			aspirations: named(aspirationIds),
			needs: named(needIds)
		})),
		provision: plan.provision.map(({ id: _id, outcomeIds, teamMemberId, ...provision }) => ({
			...provision,
			outcomes: named(outcomeIds),
			teamMember: teamMemberId && names.get(teamMemberId)
		}))
	};
}

/** Follows a link from the plan's task list, by keyboard, and waits for the task's page. */
async function openTask(page: Page, task: string, heading: string | RegExp): Promise<void> {
	await activate(page, page.getByRole('link', { name: task, exact: true }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	await hydrated(page);
}

async function backToThePlan(page: Page): Promise<void> {
	await activate(page, page.getByRole('link', { name: 'Back to Sarah’s plan' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Sarah's support plan");
	await hydrated(page);
}

test("a SENCo builds Sarah's whole plan from an empty caseload, page by page by keyboard alone, finds the thread clean and agrees it", async ({
	page
}) => {
	test.setTimeout(600_000);
	const senco = await seedStaff({ role: 'coordinator' });
	const therapist = await seedStaff({ role: 'practitioner', organisationId: senco.organisationId, name: 'Priya Shah' });
	await signIn(page, senco);
	await expect(page.getByRole('heading', { name: 'There are no plans yet' })).toBeVisible();

	// Start a plan: the child's details, and the plan's kind and dates.
	await activate(page, page.getByRole('link', { name: 'Start a plan' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a plan');
	await hydrated(page);
	await typeInto(page, page.getByLabel('First name'), sarah.child.firstName);
	await typeInto(page, page.getByLabel('Last name'), sarah.child.lastName);
	await typeInto(page, page.getByLabel('Known as (optional)'), sarah.child.knownAs!);
	await typeDate(page, dateGroup(page, 'Date of birth'), sarah.child.dateOfBirth);
	await typeInto(page, page.getByLabel('Pronouns (optional)'), sarah.child.pronouns!);
	await typeInto(page, page.getByLabel('School or setting (optional)'), sarah.child.setting!);
	await typeInto(page, page.getByLabel('How they communicate (optional)'), sarah.child.communication!);
	await chooseRadio(page, page.getByRole('radio', { name: 'SEN support' }));
	await typeDate(page, dateGroup(page, 'Start date'), sarah.plan.startDate);
	await typeDate(page, dateGroup(page, 'Next review date (optional)'), sarah.plan.reviewDate!);
	await activate(page, page.getByRole('button', { name: 'Start the plan' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Sarah's support plan");
	const planId = new URL(page.url()).pathname.split('/').pop()!;
	await hydrated(page);
	await expect(page.getByRole('link', { name: 'Agree the plan' })).toHaveCount(0);

	// About me: the one-page profile, list by list (how Sarah communicates came with her details).
	await openTask(page, 'About me', 'About me');
	await expect(page.getByLabel('How Sarah communicates')).toHaveValue(sarah.child.communication!);
	const lists = [
		['What people like and admire about me', sarah.profile!.likeAndAdmire!],
		['What is important to me', sarah.profile!.important!],
		['How best to support me', sarah.profile!.support!]
	] as const;
	for (const [list, entries] of lists) {
		for (const entry of entries.map((written) => profileEntry(written).text)) {
			await chooseRadio(page, page.getByRole('radio', { name: list }));
			await typeInto(page, page.getByLabel('What to add'), entry);
			await activate(page, page.getByRole('button', { name: 'Add to the profile' }));
			await expect(page.getByRole('region', { name: list }).locator('.item__text').last()).toHaveText(entry);
		}
	}
	await backToThePlan(page);
	await expect(page.locator('[data-task="about-me"]')).toContainText('Done');

	// The team: Sarah and her family are members, with the professionals.
	await openTask(page, 'Team', 'Team');
	for (const [index, member] of sarah.team.entries()) {
		await typeInto(page, page.getByLabel('Name', { exact: true }), member.name);
		await chooseOption(page, page.getByLabel('Role'), roleLabels[member.role]);
		if (member.roleDescription)
			await typeInto(page, page.getByLabel('If “Other”: what they do'), member.roleDescription);
		if (member.organisation) await typeInto(page, page.getByLabel('Organisation (optional)'), member.organisation);
		if (member.email) await typeInto(page, page.getByLabel('Email address (optional)'), member.email);
		await activate(page, page.getByRole('button', { name: 'Add to the team' }));
		await expect(page.locator('li.member')).toHaveCount(index + 1);
	}
	await backToThePlan(page);
	await expect(page.locator('[data-task="team"]')).toContainText('Done');

	// Aspirations, in the speaker's own words.
	await openTask(page, 'Aspirations', 'Aspirations');
	for (const aspiration of sarah.aspirations) {
		await typeInto(page, page.getByLabel('The aspiration, in the speaker’s own words'), aspiration.text);
		await chooseRadio(page, page.getByRole('radio', { name: voiceLabels[aspiration.voice] }));
		await activate(page, page.getByRole('button', { name: 'Save aspiration' }));
		await expect(page.getByRole('status')).toContainText(`Aspiration saved “${aspiration.text}”`);
	}
	await backToThePlan(page);
	// The child's own words head the plan.
	await expect(page.getByText('I want to have friends.').first()).toBeVisible();

	// Needs: what stands in the way, and of which aspirations.
	const aspirationText = new Map(sarah.aspirations.map((aspiration) => [aspiration.id, aspiration.text]));
	await openTask(page, 'Needs', 'Needs');
	for (const [index, need] of sarah.needs.entries()) {
		await typeInto(page, page.getByLabel('The need: what stands in the way'), need.text);
		await chooseRadio(page, page.getByRole('radio', { name: areaOfNeedLabels[need.area] }));
		for (const id of need.aspirationIds) await tick(page, page.getByLabel(`“${aspirationText.get(id)}”`));
		await activate(page, page.getByRole('button', { name: 'Save need' }));
		await expect(page.locator('li.item')).toHaveCount(index + 1);
	}
	await backToThePlan(page);

	// Outcomes: SMART, each with its aspirations, needs, date, how we will know and a step.
	const needText = new Map(sarah.needs.map((need) => [need.id, need.text]));
	await openTask(page, 'Outcomes', 'Outcomes');
	for (const [index, outcome] of sarah.outcomes.entries()) {
		await activate(page, page.getByRole('link', { name: 'Add an outcome' }));
		await typeInto(page, page.getByLabel('The outcome: what Sarah will be able to do'), outcome.text);
		for (const id of outcome.aspirationIds) await tick(page, page.getByLabel(`“${aspirationText.get(id)}”`));
		for (const id of outcome.needIds) await tick(page, page.getByLabel(needText.get(id)!, { exact: true }));
		await typeDate(page, dateGroup(page, 'Target date'), outcome.targetDate!);
		await typeInto(page, page.getByLabel('How will we know?'), outcome.successCriteria!);
		const [step] = outcome.steps;
		await typeInto(page, page.locator('#step-0-text'), step!.text);
		await typeDate(page, dateGroup(page, 'Step 1 target date (optional)'), step!.targetDate!);
		await activate(page, page.getByRole('button', { name: 'Save outcome' }));
		await expect(page.locator('li.item')).toHaveCount(index + 1);
	}
	await backToThePlan(page);

	// Provision: what, for which outcomes, who, how often, how long, for how many, from and until when.
	const teamMember = new Map(
		sarah.team.map((member) => [
			member.id,
			`${member.name} (${member.role === 'other' ? (member.roleDescription ?? 'Travel trainer') : roleLabels[member.role]})`
		])
	);
	await openTask(page, 'Provision', 'Provision');
	for (const [index, provision] of sarah.provision.entries()) {
		await typeInto(page, page.getByLabel('What the provision is'), provision.text);
		for (const id of provision.outcomeIds)
			await tick(
				page,
				page.getByLabel(new RegExp(`^Outcome ${sarah.outcomes.findIndex((outcome) => outcome.id === id) + 1}:`))
			);
		await typeInto(page, page.getByLabel('Who delivers it', { exact: true }), provision.deliveredBy!);
		if (provision.teamMemberId)
			await chooseOption(
				page,
				page.getByLabel('Team member who delivers it (optional)'),
				teamMember.get(provision.teamMemberId)!
			);
		await typeInto(page, page.getByLabel('Sessions'), String(provision.sessions));
		await chooseOption(page, page.getByLabel('Each', { exact: true }), provision.per!, 'value');
		await typeInto(page, page.getByLabel('Minutes in each session'), String(provision.minutes));
		await typeInto(page, page.getByLabel('Group size'), String(provision.groupSize));
		await typeDate(page, dateGroup(page, 'Start date'), provision.startDate!);
		await typeDate(page, dateGroup(page, 'Review date'), provision.reviewDate!);
		await activate(page, page.getByRole('button', { name: 'Save provision' }));
		await expect(page.locator('li.item')).toHaveCount(index + 1);
	}
	await backToThePlan(page);
	for (const task of ['about-me', 'team', 'aspirations', 'needs', 'outcomes', 'provision', 'check']) {
		await expect(page.locator(`[data-task="${task}"]`), task).toContainText('Done');
	}
	// The thread is whole: the task list offers the next step.
	await expect(page.getByRole('link', { name: 'Agree the plan' })).toHaveAttribute('href', `/plans/${planId}/agree`);
	await expectNoAxeViolations(page);

	// Share it with the therapist, so that she can add to it.
	await openTask(page, 'Share', "Share Sarah's plan");
	await chooseOption(page, page.getByLabel('Practitioner'), `${therapist.name} (${therapist.email})`);
	await activate(page, page.getByRole('button', { name: 'Share the plan' }));
	await expect(page.getByRole('status')).toBeVisible();
	await expect(page.getByRole('main')).toContainText(therapist.email);
	await backToThePlan(page);
	await expect(page.locator('[data-task="share"]')).toContainText('Done');

	// Check the thread: nothing to mend, so on to agreeing it.
	await openTask(page, 'Check the thread', 'Check the thread');
	await expect(page.getByRole('heading', { name: 'The thread is complete' })).toBeVisible();
	await expect(page.locator('svg[data-thread-view] [data-loose-end]')).toHaveCount(0);
	await expect(page.locator('svg[data-thread-view] path[data-link]')).toHaveCount(12);
	await expectNoAxeViolations(page);
	await activate(page, page.getByRole('link', { name: 'Agree the plan' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agree the plan');
	await hydrated(page);
	const tookPart = page.getByRole('group', { name: 'Who took part in agreeing the plan?' });
	for (const member of sarah.team.slice(0, 3))
		await tick(page, tookPart.getByLabel(`${member.name} (${roleLabels[member.role]})`));
	await activate(page, page.getByRole('button', { name: 'Agree the plan' }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan agreed');
	await expectNoAxeViolations(page);

	// What was agreed is Sarah's plan, item for item and link for link.
	const agreed = await currentVersion(planId);
	expect(agreed.status).toBe('agreed');
	const snapshot = JSON.parse(agreed.snapshot!) as { document: PlanDocument; findings: unknown[] };
	expect(snapshot.findings).toEqual([]);
	expect(byContent(snapshot.document)).toEqual(byContent(sarah));
	// Words in Sarah's voice were recorded as hers, written down by the coordinator that day.
	expect(
		snapshot.document.aspirations.filter((a) => a.voice === 'child').map((a) => [a.saidBy?.name, a.saidBy?.child])
	).toEqual([
		['Sarah', true],
		['Sarah', true]
	]);
});
