import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPasswordSchema } from '$lib/forms/new-password';
import { validateSessionToken } from '$lib/server/auth/session';
import { planAccess } from '$lib/server/auth/access';
import { readCaseload } from '$lib/server/db/caseload';
import { findInvitationByToken } from '$lib/server/db/invitations';
import { listPlanGrants } from '$lib/server/db/plan-access';
import { acceptInvitation } from '$lib/server/invitations/accept-invitation';
import { readInvitation } from '$lib/server/invitations/read-invitation';
import type { PlanContext } from '$lib/server/plans/plan-context';
import { shareOutside } from '$lib/server/sharing/share-outside';
import { withdrawPlanInvitation } from '$lib/server/sharing/withdraw-plan-invitation';
import { seedAccount, seedOrganisation as seedBareOrganisation, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';
import { openPlanAs } from './support/open-plan-as';
import { fixture, planAudit, seedOrganisation, storePlan } from './support/seed-plans';

let temp: TempAppDatabase;
let planId: string;
let otherPlanId: string;
let ctx: PlanContext;
const coordinator = 'riverside-coordinator';

const priya = {
	outsideName: 'Priya Shah',
	outsideEmail: 'priya.shah@nhs.example',
	professionalRole: 'Speech and language therapist',
	professionalOrganisation: 'NHS Kent Community Health',
	outsideLevel: 'viewer'
} as const;

const password = v.parse(newPasswordSchema, {
	password: 'a long therapist passphrase',
	confirmPassword: 'a long therapist passphrase'
});

beforeEach(async () => {
	temp = await startTempAppDatabase();
	await seedOrganisation(temp.db, 'riverside');
	await seedBareOrganisation(temp.db, 'hillside');
	await seedAccount(temp.db, { id: 'pat', organisationId: 'riverside', role: 'practitioner' });
	await seedAccount(temp.db, { id: 'far', organisationId: 'hillside', role: 'practitioner' });
	await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
	planId = (await storePlan(temp.db, 'riverside', fixture('sarah'))).planId;
	otherPlanId = (await storePlan(temp.db, 'riverside', fixture('amara'))).planId;
	ctx = await openPlanAs(temp.db, coordinator, planId, 'share');
});
afterEach(() => temp.dispose());

/** Shares Sarah's plan with Priya; the invitation's link token. */
async function invitePriya(level: 'viewer' | 'editor' = 'viewer'): Promise<string> {
	const result = await shareOutside(ctx, { ...priya, outsideLevel: level });
	if (!result.ok || result.kind !== 'invited') throw new Error(JSON.stringify(result));
	return result.token;
}

describe('sharing with someone outside the organisation', () => {
	it('makes an invitation to this plan only, with their role and organisation, audited', async () => {
		const token = await invitePriya();
		const invitation = await findInvitationByToken(temp.db, token);
		expect(invitation).toMatchObject({
			plan_id: planId,
			plan_level: 'viewer',
			role: null,
			email: 'priya.shah@nhs.example',
			name: 'Priya Shah',
			professional_role: 'Speech and language therapist',
			professional_organisation: 'NHS Kent Community Health',
			invited_by: coordinator,
			// What the invitation page says: whose plan, and who invites them.
			inviter_name: 'Coordinator of riverside',
			inviter_role: 'coordinator',
			organisation_name: 'School riverside',
			child_first_name: 'Sarah',
			child_last_name: 'Okafor'
		});
		expect(await planAudit(temp.db, planId)).toEqual([
			{ action: 'invitation.made', account_id: coordinator, item: `invitation:${invitation!.id}`, ip: '127.0.0.1' }
		]);
	});

	it('accepting makes an account of no organisation that must set up a second factor and sees only this plan, at the level given', async () => {
		const token = await invitePriya();
		const lookup = await readInvitation(token);
		if (!lookup.found) throw new Error('not found');
		const result = await acceptInvitation(lookup.invitation, password, visitorAt('192.0.2.40'));
		if (!result.ok) throw new Error(result.reason);
		expect(result.secondFactor).toBe(true);
		const session = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect(session.session.two_factor_verified).toBe(0);
		const account = session.account;
		expect(account).toMatchObject({
			organisation_id: null,
			role: null,
			name: 'Priya Shah',
			professional_role: 'Speech and language therapist',
			professional_organisation: 'NHS Kent Community Health'
		});
		expect((await planAccess(temp.db, account, planId))?.actions).toEqual(new Set(['view', 'export']));
		expect(await planAccess(temp.db, account, otherPlanId)).toBeNull();
		const caseload = await readCaseload(temp.db, account, '2026-12-03');
		expect(caseload.rows.map((row) => row.planId)).toEqual([planId]);
		expect((await planAudit(temp.db, planId)).map((row) => row.action)).toEqual(['invitation.made', 'invitation.used']);
	});

	it('gives "can change" when chosen', async () => {
		const lookup = await readInvitation(await invitePriya('editor'));
		if (!lookup.found) throw new Error('not found');
		const result = await acceptInvitation(lookup.invitation, password, visitorAt('192.0.2.40'));
		if (!result.ok) throw new Error(result.reason);
		const { account } = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect((await planAccess(temp.db, account, planId))?.actions.has('edit')).toBe(true);
	});

	it('adds the plan to an account of no organisation that has the address already, audited', async () => {
		const result = await shareOutside(ctx, { ...priya, outsideEmail: 'grace@example.org' });
		expect(result).toEqual({ ok: true, kind: 'granted' });
		expect((await listPlanGrants(temp.db, planId)).map(({ id, level }) => ({ id, level }))).toEqual([
			{ id: 'grace', level: 'viewer' }
		]);
		expect(await temp.db.selectFrom('invitation').select('id').execute()).toEqual([]);
		expect((await planAudit(temp.db, planId)).map((row) => [row.action, row.item])).toEqual([
			['access.granted', 'account:grace:viewer']
		]);
	});

	it.each([
		['a member of this organisation', 'pat@example.org', 'our-staff'],
		['its coordinator', `${coordinator}@example.org`, 'our-staff'],
		['a member of another organisation', 'far@example.org', 'other-staff']
	])('refuses %s, writing nothing', async (_, outsideEmail, reason) => {
		await expectWritesNothing(temp.db, () => shareOutside(ctx, { ...priya, outsideEmail }), { ok: false, reason });
	});

	it('writes neither the invitation nor its audit row when the audit log cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => shareOutside(ctx, priya));
	});

	it('withdrawing the invitation stops its link, audited', async () => {
		const token = await invitePriya();
		const invitation = (await findInvitationByToken(temp.db, token))!;
		expect(await withdrawPlanInvitation(ctx, { invitationId: invitation.id })).toEqual({ ok: true });
		expect(await readInvitation(token)).toMatchObject({ found: true, state: 'withdrawn' });
		expect((await planAudit(temp.db, planId)).map((row) => [row.action, row.item])).toEqual([
			['invitation.made', `invitation:${invitation.id}`],
			['invitation.withdrawn', `invitation:${invitation.id}`]
		]);
	});
});
