import { beforeEach, describe, expect, it } from 'vitest';
import { findInvitationByToken, markInvitationUsed } from '$lib/server/db/invitations';
import { listPlanGrants } from '$lib/server/db/plan-access';
import type { PlanContext } from '$lib/server/plans/plan-context';
import { grantAccess } from '$lib/server/sharing/grant-access';
import { inviteToPlan } from '$lib/server/sharing/invite-to-plan';
import { withdrawAccess } from '$lib/server/sharing/withdraw-access';
import { withdrawPlanInvitation } from '$lib/server/sharing/withdraw-plan-invitation';
import { openPlanAs } from './support/open-plan-as';
import { seedAccount } from './support/accounts';
import { expectWritesNothing } from './support/audit';
import { fixture, planAudit, seedOrganisation, storePlan, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

let planId: string;
let ctx: PlanContext;

beforeEach(async () => {
	await seedOrganisation(given.temp.db, 'hillside');
	const db = given.temp.db;
	await seedAccount(db, { id: 'pat', organisationId: 'riverside', role: 'practitioner' });
	await seedAccount(db, {
		id: 'gone',
		organisationId: 'riverside',
		role: 'practitioner',
		disabledAt: '2026-11-22T09:30:00Z'
	});
	await seedAccount(db, { id: 'far', organisationId: 'hillside', role: 'practitioner' });
	await seedAccount(db, { id: 'grace', organisationId: null, role: null });
	planId = (await storePlan(given.temp.db, given.org.organisationId, fixture('sarah'))).planId;
	ctx = await openPlanAs(given.temp.db, given.org.accountId, planId, 'share');
});

const grants = async () => (await listPlanGrants(given.temp.db, planId)).map(({ id, level }) => ({ id, level }));

/** Expects the use case refused, with nothing at all written, not even its audit row. */
const expectRefused = (act: () => Promise<unknown>, refusal: unknown) =>
	expectWritesNothing(given.temp.db, act, refusal);

describe('grantAccess', () => {
	it('shares the plan with a practitioner of its organisation, changes their level, and audits each', async () => {
		expect(await grantAccess(ctx, { accountId: 'pat', level: 'viewer' })).toEqual({ ok: true });
		expect(await grantAccess(ctx, { accountId: 'pat', level: 'editor' })).toEqual({ ok: true });
		expect(await grants()).toEqual([{ id: 'pat', level: 'editor' }]);
		expect(await planAudit(given.temp.db, planId)).toEqual([
			{ action: 'access.granted', account_id: given.org.accountId, item: 'account:pat:viewer', ip: '127.0.0.1' },
			{ action: 'access.granted', account_id: given.org.accountId, item: 'account:pat:editor', ip: '127.0.0.1' }
		]);
	});

	it.each([
		['a disabled practitioner', 'gone'],
		['a practitioner of another organisation', 'far'],
		['a coordinator', 'riverside-coordinator'],
		['a family member', 'grace'],
		['nobody', 'nobody']
	])('refuses %s, writing nothing', async (_, accountId) => {
		await expectRefused(() => grantAccess(ctx, { accountId, level: 'viewer' }), {
			ok: false,
			reason: 'not-a-practitioner'
		});
	});
});

describe('withdrawAccess', () => {
	it('withdraws a grant, audited', async () => {
		await grantAccess(ctx, { accountId: 'pat', level: 'viewer' });
		expect(await withdrawAccess(ctx, { accountId: 'pat' })).toEqual({ ok: true });
		expect(await grants()).toEqual([]);
		expect((await planAudit(given.temp.db, planId)).at(-1)).toEqual({
			action: 'access.withdrawn',
			account_id: given.org.accountId,
			item: 'account:pat',
			ip: '127.0.0.1'
		});
	});

	it('refuses someone with no access (withdrawn already), writing nothing', async () => {
		await expectRefused(() => withdrawAccess(ctx, { accountId: 'pat' }), { ok: false, reason: 'no-access' });
	});
});

describe('inviteToPlan', () => {
	it('makes an invitation to this plan at the level chosen, with its link’s token, audited', async () => {
		const result = await inviteToPlan(ctx, { name: 'Sam Okafor', email: 'Sam@Example.org', familyLevel: 'viewer' });
		if (!result.ok || result.kind !== 'invited') throw new Error(JSON.stringify(result));
		const invitation = await findInvitationByToken(given.temp.db, result.token);
		expect(invitation).toMatchObject({
			plan_id: planId,
			plan_level: 'viewer',
			email: 'sam@example.org',
			invited_by: given.org.accountId
		});
		expect(await planAudit(given.temp.db, planId)).toEqual([
			{
				action: 'invitation.made',
				account_id: given.org.accountId,
				item: `invitation:${invitation!.id}`,
				ip: '127.0.0.1'
			}
		]);
	});

	it('adds the plan to a family member who already has an account, without a new invitation', async () => {
		const result = await inviteToPlan(ctx, {
			name: 'Grace Okafor',
			email: 'grace@example.org',
			familyLevel: 'contributor'
		});
		expect(result).toEqual({ ok: true, kind: 'granted' });
		expect(await grants()).toEqual([{ id: 'grace', level: 'contributor' }]);
		expect(await given.temp.db.selectFrom('invitation').select('id').execute()).toEqual([]);
		expect((await planAudit(given.temp.db, planId)).map((row) => [row.action, row.item])).toEqual([
			['access.granted', 'account:grace:contributor']
		]);
	});

	it('refuses a member of staff’s address, of any organisation, writing nothing', async () => {
		for (const email of ['pat@example.org', 'far@example.org'])
			await expectRefused(() => inviteToPlan(ctx, { name: 'Staff', email, familyLevel: 'viewer' }), {
				ok: false,
				reason: 'staff'
			});
	});
});

describe('withdrawPlanInvitation', () => {
	/** An invitation to the plan `on` opened; its id. */
	async function invite(on: PlanContext): Promise<string> {
		const made = await inviteToPlan(on, { name: 'Sam Okafor', email: 'sam@example.org', familyLevel: 'viewer' });
		if (!made.ok || made.kind !== 'invited') throw new Error('no invitation');
		return (await findInvitationByToken(given.temp.db, made.token))!.id;
	}

	it('withdraws an open invitation, so its link no longer works, audited', async () => {
		const invitationId = await invite(ctx);
		expect(await withdrawPlanInvitation(ctx, { invitationId })).toEqual({ ok: true });
		const row = await given.temp.db.selectFrom('invitation').selectAll().executeTakeFirstOrThrow();
		expect(row.withdrawn_at).not.toBeNull();
		expect((await planAudit(given.temp.db, planId)).at(-1)).toMatchObject({
			action: 'invitation.withdrawn',
			item: `invitation:${invitationId}`
		});
	});

	it('refuses an invitation withdrawn or used already, or another plan’s, writing nothing', async () => {
		const withdrawn = await invite(ctx);
		await withdrawPlanInvitation(ctx, { invitationId: withdrawn });
		const used = await invite(ctx);
		await markInvitationUsed(given.temp.db, used);
		const otherPlanId = (await storePlan(given.temp.db, given.org.organisationId, fixture('amara'))).planId;
		const otherPlans = await invite(await openPlanAs(given.temp.db, given.org.accountId, otherPlanId, 'share'));
		for (const invitationId of [withdrawn, used, otherPlans, 'nothing'])
			await expectRefused(() => withdrawPlanInvitation(ctx, { invitationId }), {
				ok: false,
				reason: 'not-pending'
			});
	});
});
