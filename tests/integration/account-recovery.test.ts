import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPasswordSchema } from '$lib/forms/new-password';
import { signInSchema } from '$lib/forms/sign-in';
import type { Actor, StaffAccount } from '$lib/server/actor';
import { verifyPassword } from '$lib/server/auth/password';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { newTotpKey } from '$lib/server/auth/totp';
import { setClock } from '$lib/server/clock/clock';
import { disableAccount, readAccount } from '$lib/server/db/accounts';
import { passwordResetLifetimeMs } from '$lib/server/db/password-resets';
import { makePasswordResetLink } from '$lib/server/members/make-password-reset-link';
import { resetMemberSecondFactor } from '$lib/server/members/reset-member-second-factor';
import { readPasswordReset } from '$lib/server/password-resets/read-password-reset';
import { setNewPassword } from '$lib/server/password-resets/set-new-password';
import { signInWithPassword } from '$lib/server/sessions/sign-in-with-password';
import { password, seedAccount, seedOrganisation, staffAccount, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
let clock: number;
let admin: Actor<StaffAccount>;
const ip = '192.0.2.60';
const visitor = visitorAt(ip);
const start = Date.parse('2027-03-14T10:05:00Z');

beforeEach(async () => {
	temp = await startTempAppDatabase();
	clock = start;
	setClock(() => new Date(clock));
	await seedOrganisation(temp.db, 'org');
	await seedOrganisation(temp.db, 'elsewhere');
	await seedAccount(temp.db, { id: 'ada', organisationId: 'org', role: 'admin', totpKey: newTotpKey() });
	await seedAccount(temp.db, { id: 'tom', organisationId: 'org', role: 'practitioner', totpKey: newTotpKey() });
	await seedAccount(temp.db, { id: 'yan', organisationId: 'elsewhere', role: 'admin', totpKey: newTotpKey() });
	admin = { account: await staffAccount(temp.db, 'ada'), ip };
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

const sessionsOf = (accountId: string) =>
	temp.db.selectFrom('session').select('id').where('account_id', '=', accountId).execute();

describe('resetting a member’s authenticator', () => {
	it('forgets the key, its last code and the recovery codes, signs the member out everywhere, and records it', async () => {
		await temp.db.updateTable('account').set({ totp_last_counter: 12345 }).where('id', '=', 'tom').execute();
		await issueRecoveryCodes(temp.db, 'tom');
		await issueRecoveryCodes(temp.db, 'ada');
		const phone = await createSession(temp.db, 'tom', true, visitor);
		await createSession(temp.db, 'tom', false, visitor);

		expect(await resetMemberSecondFactor('tom', admin)).toEqual({ ok: true });
		expect(await readAccount(temp.db, 'tom')).toMatchObject({ totp_key: null, totp_last_counter: null });
		expect(await temp.db.selectFrom('recovery_code').select('account_id').distinct().execute()).toEqual([
			{ account_id: 'ada' }
		]);
		expect(await sessionsOf('tom')).toEqual([]);
		expect(await validateSessionToken(temp.db, phone)).toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'ada', plan_id: null, action: 'member.two-factor-reset', item: 'tom', ip }
		]);

		// Their password still works, and leads on to setting up an authenticator again.
		const signIn = await signInWithPassword(v.parse(signInSchema, { email: 'tom@example.org', password }), visitor);
		expect(signIn).toMatchObject({ ok: true, secondStep: 'set-up' });
	});

	it.each([
		['another organisation’s member', 'yan', 'not-found'],
		['an unknown id', 'nobody', 'not-found'],
		['the admin’s own account', 'ada', 'own-account']
	] as const)('refuses %s, and writes nothing', async (_, memberId, reason) => {
		await expectWritesNothing(temp.db, () => resetMemberSecondFactor(memberId, admin), { ok: false, reason });
	});

	it('refuses a disabled member, and writes nothing', async () => {
		await disableAccount(temp.db, 'org', 'tom', '2027-03-01T09:00:00Z');
		await expectWritesNothing(temp.db, () => resetMemberSecondFactor('tom', admin), {
			ok: false,
			reason: 'disabled'
		});
	});

	it('leaves the authenticator and the sessions when its audit row cannot be written', async () => {
		await issueRecoveryCodes(temp.db, 'tom');
		await createSession(temp.db, 'tom', true, visitor);
		await expectUndoneWithoutAuditRow(temp.db, () => resetMemberSecondFactor('tom', admin));
	});
});

describe('a link to set a new password', () => {
	const input = v.parse(newPasswordSchema, {
		password: 'a brand new passphrase',
		confirmPassword: 'a brand new passphrase'
	});

	/** Makes a link for Tom as Ada and returns its token. */
	async function makeLink(): Promise<string> {
		const result = await makePasswordResetLink('tom', admin);
		if (!result.ok) throw new Error(result.reason);
		return result.token;
	}

	async function openLink(token: string) {
		const lookup = await readPasswordReset(token);
		if (!lookup.found) throw new Error('not found');
		return lookup;
	}

	it('is made for 24 hours, stored only as a hash, signs the member out everywhere, and is recorded', async () => {
		const phone = await createSession(temp.db, 'tom', true, visitor);
		const result = await makePasswordResetLink('tom', admin);
		if (!result.ok) throw new Error(result.reason);
		expect(result.token).toMatch(/^[a-z2-7]{32}$/);
		expect(result.expiresAt).toBe(new Date(start + passwordResetLifetimeMs).toISOString());
		expect(JSON.stringify(await temp.db.selectFrom('password_reset').selectAll().execute())).not.toContain(
			result.token
		);
		expect(await validateSessionToken(temp.db, phone)).toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: 'ada',
				plan_id: null,
				action: 'member.password-reset-link-made',
				item: 'tom',
				ip
			}
		]);
		expect(await openLink(result.token)).toMatchObject({
			state: 'open',
			reset: { account_id: 'tom', made_by: 'ada', email: 'tom@example.org' }
		});
	});

	it('sets the new password once, signs the member out everywhere, and is recorded; then works no more', async () => {
		const token = await makeLink();
		const { reset } = await openLink(token);
		// Signed in meanwhile with the old password, which works until the new one is set.
		const stillSignedIn = await createSession(temp.db, 'tom', true, visitor);

		expect(await setNewPassword(reset, input, visitor)).toEqual({ ok: true });
		const account = (await readAccount(temp.db, 'tom'))!;
		expect(await verifyPassword(account.password_hash, input.password)).toBe(true);
		expect(await verifyPassword(account.password_hash, password)).toBe(false);
		expect(await validateSessionToken(temp.db, stillSignedIn)).toBeNull();
		expect((await auditRows(temp.db)).at(-1)).toEqual({
			organisation_id: 'org',
			account_id: 'tom',
			plan_id: null,
			action: 'password.reset',
			item: reset.id,
			ip
		});

		expect(await openLink(token)).toMatchObject({ state: 'used' });
		await expectWritesNothing(temp.db, () => setNewPassword(reset, input, visitor), { ok: false, reason: 'gone' });
	});

	it('expires 24 hours after it was made, by the clock', async () => {
		const token = await makeLink();
		clock = start + passwordResetLifetimeMs - 1;
		const { reset } = await openLink(token);
		expect(await openLink(token)).toMatchObject({ state: 'open' });
		clock = start + passwordResetLifetimeMs;
		expect(await openLink(token)).toMatchObject({ state: 'expired' });
		// Found open a moment before it expired, and sent a moment after: refused all the same.
		await expectWritesNothing(temp.db, () => setNewPassword(reset, input, visitor), { ok: false, reason: 'gone' });
	});

	it('stops working when a newer one is made for the member', async () => {
		const first = await makeLink();
		const { reset } = await openLink(first);
		const second = await makeLink();
		expect(await readPasswordReset(first)).toEqual({ found: false });
		expect(await openLink(second)).toMatchObject({ state: 'open' });
		await expectWritesNothing(temp.db, () => setNewPassword(reset, input, visitor), { ok: false, reason: 'gone' });
	});

	it('stops working when the member is disabled', async () => {
		const token = await makeLink();
		const { reset } = await openLink(token);
		await disableAccount(temp.db, 'org', 'tom', new Date(clock).toISOString());
		expect(await readPasswordReset(token)).toEqual({ found: false });
		await expectWritesNothing(temp.db, () => setNewPassword(reset, input, visitor), { ok: false, reason: 'gone' });
	});

	it('is not found for an unknown token, or one far too long to be a token', async () => {
		await makeLink();
		expect(await readPasswordReset('a'.repeat(32))).toEqual({ found: false });
		expect(await readPasswordReset('a'.repeat(5000))).toEqual({ found: false });
	});

	it.each([
		['another organisation’s admin', 'yan', 'tom', 'not-found'],
		['an admin for their own account', 'ada', 'ada', 'own-account']
	] as const)('is refused to %s, and writes nothing', async (_, adminId, memberId, reason) => {
		const actor = { account: await staffAccount(temp.db, adminId), ip };
		await expectWritesNothing(temp.db, () => makePasswordResetLink(memberId, actor), { ok: false, reason });
	});

	it('is refused for a disabled member, and writes nothing', async () => {
		await disableAccount(temp.db, 'org', 'tom', '2027-03-01T09:00:00Z');
		await expectWritesNothing(temp.db, () => makePasswordResetLink('tom', admin), {
			ok: false,
			reason: 'disabled'
		});
	});

	it('is not made, and signs no one out, when its audit row cannot be written', async () => {
		await createSession(temp.db, 'tom', true, visitor);
		await expectUndoneWithoutAuditRow(temp.db, () => makePasswordResetLink('tom', admin));
	});

	it('stays unused, and the password as it was, when the new password’s audit row cannot be written', async () => {
		const { reset } = await openLink(await makeLink());
		await createSession(temp.db, 'tom', true, visitor);
		await expectUndoneWithoutAuditRow(temp.db, () => setNewPassword(reset, input, visitor));
	});
});
