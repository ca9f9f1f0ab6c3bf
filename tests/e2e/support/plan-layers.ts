import type { Page } from '@playwright/test';
import type { PlanDocument } from '../../../src/lib/plan/document';
import { fixturePlan, seedPlan } from './plans';
import { seedStaff, signIn, type SeededStaff } from './seed';

/** Sarah's plan with its thread emptied (About me and team kept): a plan to build the layers in. */
export function emptyThread(): PlanDocument {
	return { ...fixturePlan('sarah'), aspirations: [], needs: [], outcomes: [], provision: [] };
}

/**
 * A new coordinator of a new organisation, signed in, with a draft plan of `document` (Sarah's whole
 * plan unless given). Returns the plan's address.
 */
export async function signedInWithPlan(page: Page, document: PlanDocument = fixturePlan('sarah')): Promise<{ staff: SeededStaff; planId: string; base: string }> {
	const staff = await seedStaff({ role: 'coordinator' });
	const created = await seedPlan(staff.organisationId, document, staff.id);
	await signIn(page, staff);
	return { staff, planId: created.planId, base: `/plans/${created.planId}` };
}
