import { expect, type Page } from '@playwright/test';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { fixturePlan, seedGrant, seedPlan } from './plans';
import { makeFamilyMember, seedStaff, signIn, type SeededStaff } from './seed';

/** Sarah's plan with its thread emptied (About me and team kept): a plan to build the layers in. */
export function emptyThread(): PlanDocument {
	return { ...fixturePlan('sarah'), aspirations: [], needs: [], outcomes: [], provision: [] };
}

/**
 * A new coordinator of a new organisation, signed in, with a draft plan of `document` (Sarah's whole
 * plan unless given). Returns the plan's address.
 */
export async function signedInWithPlan(
	page: Page,
	document: PlanDocument = fixturePlan('sarah')
): Promise<{ staff: SeededStaff; planId: string; base: string; ids: Map<string, string> }> {
	const staff = await seedStaff({ role: 'coordinator' });
	const created = await seedPlan(staff.organisationId, document, staff.id);
	await signIn(page, staff);
	return { staff, planId: created.planId, base: `/plans/${created.planId}`, ids: created.ids };
}

/** Another organisation's copy of Sarah's plan: its items' ids must be refused by this plan's forms. */
export async function someoneElsesPlan(): Promise<Map<string, string>> {
	const other = await seedStaff({ role: 'coordinator' });
	return (await seedPlan(other.organisationId, fixturePlan('sarah'), other.id)).ids;
}

/**
 * Posts a form to a page's action as a browser without JavaScript would (the app's own cookies, same
 * origin), for input the page's own controls cannot produce; answers the status and the page's HTML.
 */
export async function postForm(
	page: Page,
	path: string,
	fields: Array<[string, string]>
): Promise<{ status: number; html: string }> {
	const body = new URLSearchParams(fields).toString();
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(`${origin}${path}`, {
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
		data: body,
		maxRedirects: 0
	});
	return { status: response.status(), html: await response.text() };
}

/**
 * A family member (no organisation, no role, as an accepted plan invitation makes) who may contribute
 * to the plan, signed in through a session cookie in the page's browser context.
 */
export async function signedInAsFamily(page: Page, organisationId: string, planId: string): Promise<void> {
	const member = await seedStaff({ role: 'practitioner', organisationId });
	await seedGrant(planId, member.id, 'contributor');
	await makeFamilyMember(member.id);
	// Signed in through the page, as a family member is: no second factor, since they have not set one up.
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(member.email);
	await page.getByLabel('Password').fill(member.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
}
