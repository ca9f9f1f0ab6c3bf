import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPasswordSchema } from '$lib/forms/new-password';
import { verifyPassword } from '$lib/server/auth/password';
import { validateSessionToken } from '$lib/server/auth/session';
import { createInvitation, markInvitationUsed, withdrawInvitation } from '$lib/server/db/invitations';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { acceptInvitation } from '$lib/server/invitations/accept-invitation';
import { readInvitation } from '$lib/server/invitations/read-invitation';
import { fixture, today } from '../unit/interchange/support';
import { seedAccount, seedOrganisation, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
let planId: string;
const ip = '192.0.2.30';
const visitor = visitorAt(ip);
const input = v.parse(newPasswordSchema, {
	password: 'my own long passphrase',
	confirmPassword: 'my own long passphrase'
});

beforeEach(async () => {
	temp = await startTempAppDatabase();
	await seedOrganisation(temp.db, 'org');
	await seedAccount(temp.db, { id: 'sam', organisationId: 'org', role: 'coordinator' });
	({ planId } = await temp.db
		.transaction()
		.execute((trx) =>
			insertPlanDocument(trx, { organisationId: 'org', accountId: 'sam', document: fixture('sarah'), today })
		));
});
afterEach(() => temp.dispose());

/** An invitation from Sam, to join the organisation as a teacher or to Sarah's plan as her family. */
async function invite(to: 'staff' | 'plan', email = 'grace@example.org') {
	const { token } = await createInvitation(temp.db, {
		organisationId: 'org',
		invitedBy: 'sam',
		name: 'Grace Okafor',
		email,
		...(to === 'staff' ? { role: 'practitioner' as const } : { plan: { id: planId, level: 'contributor' as const } })
	});
	const lookup = await readInvitation(token);
	if (!lookup.found) throw new Error('not found');
	return lookup.invitation;
}

describe('reading an invitation', () => {
	const made = (email: string) =>
		createInvitation(temp.db, { organisationId: 'org', invitedBy: 'sam', name: 'Someone', email, role: 'admin' });

	it('finds it by its token, with who sent it, whether it is open and whether its email has an account', async () => {
		const { id, token } = await made('new@example.org');
		expect(await readInvitation(token)).toMatchObject({
			found: true,
			state: 'open',
			hasAccount: false,
			invitation: { id, inviter_name: 'Person sam', organisation_name: 'School org' }
		});
		expect(await readInvitation((await made('SAM@example.org')).token)).toMatchObject({ hasAccount: true });
		await withdrawInvitation(temp.db, 'org', id);
		expect(await readInvitation(token)).toMatchObject({ found: true, state: 'withdrawn' });
	});

	it('finds nothing behind an unknown or overlong token', async () => {
		expect(await readInvitation('no such token')).toEqual({ found: false });
		expect(await readInvitation('x'.repeat(101))).toEqual({ found: false });
	});
});

describe('accepting an invitation', () => {
	it('to the organisation: makes a staff account with the role, signed in part-way, and records it', async () => {
		const invitation = await invite('staff');
		const result = await acceptInvitation(invitation, input, visitor);
		if (!result.ok) throw new Error(result.reason);
		expect(result.secondFactor).toBe(true);
		const session = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect(session.session.two_factor_verified).toBe(0);
		expect(session.account).toMatchObject({
			email: 'grace@example.org',
			name: 'Grace Okafor',
			organisation_id: 'org',
			role: 'practitioner'
		});
		expect(await verifyPassword(session.account.password_hash, input.password)).toBe(true);
		expect(await temp.db.selectFrom('plan_access').selectAll().execute()).toEqual([]);
		expect((await temp.db.selectFrom('invitation').select('used_at').executeTakeFirstOrThrow()).used_at).not.toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: session.account.id,
				plan_id: null,
				action: 'invitation.used',
				item: invitation.id,
				ip
			}
		]);
	});

	it('to a plan: makes a family account that has the access offered, granted by the inviter, signed in', async () => {
		const invitation = await invite('plan');
		const result = await acceptInvitation(invitation, input, visitor);
		if (!result.ok) throw new Error(result.reason);
		expect(result.secondFactor).toBe(false);
		const session = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect(session.session.two_factor_verified).toBe(1);
		expect(session.account).toMatchObject({ organisation_id: null, role: null });
		expect(
			await temp.db.selectFrom('plan_access').select(['plan_id', 'account_id', 'level', 'granted_by']).execute()
		).toEqual([{ plan_id: planId, account_id: session.account.id, level: 'contributor', granted_by: 'sam' }]);
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: session.account.id,
				plan_id: planId,
				action: 'invitation.used',
				item: invitation.id,
				ip
			}
		]);
	});

	it.each([
		['used', markInvitationUsed],
		['withdrawn', (db: TempAppDatabase['db'], id: string) => withdrawInvitation(db, 'org', id)]
	] as const)('is refused once the invitation is %s (someone got there first), and writes nothing', async (_, end) => {
		const invitation = await invite('plan');
		await end(temp.db, invitation.id);
		await expectWritesNothing(temp.db, () => acceptInvitation(invitation, input, visitor), {
			ok: false,
			reason: 'used'
		});
	});

	it('is refused when the email has an account by now, and writes nothing', async () => {
		const invitation = await invite('plan', 'family@example.org');
		await seedAccount(temp.db, { id: 'family', organisationId: null, role: null });
		await expectWritesNothing(temp.db, () => acceptInvitation(invitation, input, visitor), {
			ok: false,
			reason: 'has-account'
		});
	});

	it('leaves the invitation open and makes no account when its audit row cannot be written', async () => {
		const invitation = await invite('plan');
		await expectUndoneWithoutAuditRow(temp.db, () => acceptInvitation(invitation, input, visitor));
	});
});
