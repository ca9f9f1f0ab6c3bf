import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changePasswordSchema } from '$lib/forms/change-password';
import { setUpSecondFactorSchema } from '$lib/forms/set-up-second-factor';
import { setupSchema } from '$lib/forms/setup';
import { changePassword } from '$lib/server/accounts/change-password';
import { setUpOrganisation } from '$lib/server/accounts/set-up-organisation';
import { setUpSecondFactor } from '$lib/server/accounts/set-up-second-factor';
import type { SessionActor } from '$lib/server/actor';
import { verifyPassword } from '$lib/server/auth/password';
import { maxFailures, reserveSignInAttempt } from '$lib/server/auth/rate-limit';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { newTotpKey, totpCode } from '$lib/server/auth/totp';
import { setClock } from '$lib/server/clock/clock';
import { readAccount } from '$lib/server/db/accounts';
import { appSecretKey } from '$lib/server/secrets/app-secret-key';
import { unseal } from '$lib/server/secrets/sealed-text';
import { snapshot } from '../unit/interchange/support';
import { password, seedAccount, seedOrganisation, signedIn, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectOnlyAudited, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
const moment = new Date('2026-11-22T09:00:00Z');
const ip = '192.0.2.10';
const visitor = visitorAt(ip);

beforeEach(async () => {
	temp = await startTempAppDatabase();
	setClock(() => moment);
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

describe('setting up the organisation', () => {
	const input = v.parse(setupSchema, {
		organisationName: 'Riverside Academy',
		organisationKind: 'school',
		name: 'Dana Price',
		email: 'D.Price@riverside.example.org',
		password: 'a long enough passphrase here',
		confirmPassword: 'a long enough passphrase here'
	});

	it('makes the organisation and its admin, signs them in part-way, and records it', async () => {
		const result = await setUpOrganisation(input, visitor);
		if (!result.ok) throw new Error(result.reason);
		const session = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect(session.session.two_factor_verified).toBe(0);
		expect(session.account).toMatchObject({ email: 'd.price@riverside.example.org', role: 'admin', totp_key: null });
		expect(await verifyPassword(session.account.password_hash, input.password)).toBe(true);
		const organisation = await temp.db.selectFrom('organisation').selectAll().executeTakeFirstOrThrow();
		expect(organisation).toMatchObject({ id: session.account.organisation_id, name: 'Riverside Academy' });
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: organisation.id,
				account_id: session.account.id,
				plan_id: null,
				action: 'organisation.set-up',
				item: null,
				ip
			}
		]);
	});

	it('is refused once an organisation exists, and writes nothing', async () => {
		await seedOrganisation(temp.db, 'first');
		await expectWritesNothing(temp.db, () => setUpOrganisation(input, visitor), {
			ok: false,
			reason: 'already-set-up'
		});
	});

	it('leaves nothing behind when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => setUpOrganisation(input, visitor));
	});
});

describe('changing one’s password', () => {
	const input = v.parse(changePasswordSchema, {
		currentPassword: password,
		password: 'a brand new passphrase',
		confirmPassword: 'a brand new passphrase'
	});
	let actor: SessionActor;
	let elsewhere: string;

	beforeEach(async () => {
		await seedOrganisation(temp.db, 'org');
		await seedAccount(temp.db, { id: 'dana', organisationId: 'org', role: 'coordinator' });
		actor = await signedIn(temp.db, 'dana', visitor);
		elsewhere = await createSession(temp.db, 'dana', true, visitor);
	});

	it('replaces the password, signs out every other session but this one, and records it', async () => {
		expect(await changePassword(input, actor)).toEqual({ ok: true });
		const account = (await readAccount(temp.db, 'dana'))!;
		expect(await verifyPassword(account.password_hash, input.password)).toBe(true);
		expect(await validateSessionToken(temp.db, elsewhere)).toBeNull();
		expect(await temp.db.selectFrom('session').select('id').execute()).toEqual([{ id: actor.sessionId }]);
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'dana', plan_id: null, action: 'password.changed', item: null, ip }
		]);
	});

	it('refuses a wrong current password, counting it as a failed sign-in and changing nothing else', async () => {
		const before = await snapshot(temp.db);
		expect(await changePassword({ ...input, currentPassword: 'not my password at all' }, actor)).toEqual({
			ok: false,
			reason: 'wrong-password'
		});
		const after = await snapshot(temp.db);
		expect({ ...after, sign_in_attempt: undefined }).toEqual({ ...before, sign_in_attempt: undefined });
		expect(await temp.db.selectFrom('sign_in_attempt').select(['email', 'ip', 'succeeded']).execute()).toEqual([
			{ email: 'dana@example.org', ip, succeeded: 0 }
		]);
	});

	it('refuses, even with the right password, once too many have been wrong; writes only its audit row', async () => {
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'dana@example.org', '198.51.100.1');
		await expectOnlyAudited(
			temp.db,
			() => changePassword(input, actor),
			{ ok: false, reason: 'rate-limited' },
			'sign-in.rate-limited'
		);
	});

	it('leaves the password and the other sessions as they were when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => changePassword(input, actor), { except: ['sign_in_attempt'] });
	});
});

describe('setting up an authenticator app', () => {
	const key = newTotpKey();
	const input = (code = totpCode(key, moment)) => v.parse(setUpSecondFactorSchema, { key, code });
	let actor: SessionActor & { token: string };

	beforeEach(async () => {
		await seedOrganisation(temp.db, 'org');
		await seedAccount(temp.db, { id: 'dana', organisationId: 'org', role: 'admin' });
		actor = await signedIn(temp.db, 'dana', visitor, false);
	});

	it('saves the key sealed, issues recovery codes, completes the sign-in with a new session, and records it', async () => {
		const result = await setUpSecondFactor(input(), actor);
		if (!result.ok) throw new Error(result.reason);
		expect(result.recoveryCodes).toHaveLength(10);
		expect(await temp.db.selectFrom('recovery_code').select('id').execute()).toHaveLength(10);
		const stored = (await readAccount(temp.db, 'dana'))!.totp_key!;
		expect(stored).not.toContain(key);
		expect(unseal(stored, appSecretKey())).toBe(key);
		expect(await validateSessionToken(temp.db, actor.token)).toBeNull();
		expect((await validateSessionToken(temp.db, result.sessionToken))?.session.two_factor_verified).toBe(1);
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'dana', plan_id: null, action: 'two-factor.set-up', item: null, ip }
		]);
	});

	it('refuses a code that does not match the key, and writes nothing', async () => {
		const wrong = totpCode(key, new Date(moment.getTime() - 10 * 60 * 1000));
		await expectWritesNothing(temp.db, () => setUpSecondFactor(input(wrong), actor), {
			ok: false,
			reason: 'wrong-code'
		});
	});

	it('refuses when an authenticator was set up meanwhile (another tab), and keeps that one', async () => {
		await temp.db.updateTable('account').set({ totp_key: 'OTHERKEY' }).where('id', '=', 'dana').execute();
		await expectWritesNothing(temp.db, () => setUpSecondFactor(input(), actor), {
			ok: false,
			reason: 'already-set-up'
		});
	});

	it('leaves nothing behind when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => setUpSecondFactor(input(), actor));
	});
});
