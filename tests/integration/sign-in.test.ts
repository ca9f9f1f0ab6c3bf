import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeSchema, signInSchema } from '$lib/forms/sign-in';
import type { SessionActor } from '$lib/server/actor';
import { maxFailures, reserveSignInAttempt } from '$lib/server/auth/rate-limit';
import { issueRecoveryCodes, redeemRecoveryCode } from '$lib/server/auth/recovery-codes';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { newTotpKey, totpCode } from '$lib/server/auth/totp';
import { setClock } from '$lib/server/clock/clock';
import { readAccount } from '$lib/server/db/accounts';
import { enterSignInCode } from '$lib/server/sessions/enter-sign-in-code';
import { signInWithPassword } from '$lib/server/sessions/sign-in-with-password';
import { signOut } from '$lib/server/sessions/sign-out';
import { firefoxOnWindows, password, seedAccount, seedOrganisation, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectOnlyAudited, expectUndoneWithoutAuditRow } from './support/audit';

let temp: TempAppDatabase;
const moment = new Date('2026-11-22T09:00:00Z');
const ip = '192.0.2.20';
const visitor = visitorAt(ip);
const key = newTotpKey();

beforeEach(async () => {
	temp = await startTempAppDatabase();
	setClock(() => moment);
	await seedOrganisation(temp.db, 'org');
	await seedAccount(temp.db, { id: 'staff', organisationId: 'org', role: 'practitioner', totpKey: key });
	await seedAccount(temp.db, { id: 'new-staff', organisationId: 'org', role: 'practitioner' });
	await seedAccount(temp.db, { id: 'family', organisationId: null, role: null });
	await seedAccount(temp.db, {
		id: 'gone',
		organisationId: 'org',
		role: 'practitioner',
		totpKey: key,
		disabledAt: '2026-11-01T09:00:00Z'
	});
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

const signIn = (email: string, typed = password) =>
	signInWithPassword(v.parse(signInSchema, { email, password: typed }), visitor);

describe('signing in with a password', () => {
	it.each([
		['staff with an authenticator go on to its code', 'staff', 'code', 0],
		['staff without one go on to set it up', 'new-staff', 'set-up', 0],
		['a family member without one is signed in', 'family', 'none', 1]
	] as const)('%s', async (_, id, secondStep, verified) => {
		const result = await signIn(`${id}@example.org`);
		if (!result.ok) throw new Error(result.reason);
		expect(result.secondStep).toBe(secondStep);
		const session = (await validateSessionToken(temp.db, result.sessionToken))!;
		expect(session.account.id).toBe(id);
		expect(session.session).toMatchObject({ two_factor_verified: verified, ip, user_agent: firefoxOnWindows });
		expect(await temp.db.selectFrom('sign_in_attempt').select(['email', 'succeeded']).execute()).toEqual([
			{ email: `${id}@example.org`, succeeded: 1 }
		]);
		expect((await auditRows(temp.db)).map((row) => [row.account_id, row.action, row.ip])).toEqual([
			[id, 'sign-in.password', ip]
		]);
	});

	it.each([
		['a wrong password', 'staff@example.org', 'not the password at all', 'staff'],
		['an email with no account', 'nobody@example.org', password, null],
		['a disabled account', 'gone@example.org', password, 'gone']
	] as const)('refuses %s alike: counted and recorded, no session', async (_, email, typed, accountId) => {
		expect(await signIn(email, typed)).toEqual({ ok: false, reason: 'refused' });
		expect(await temp.db.selectFrom('session').select('id').execute()).toEqual([]);
		expect(await temp.db.selectFrom('sign_in_attempt').select(['email', 'succeeded']).execute()).toEqual([
			{ email, succeeded: 0 }
		]);
		expect((await auditRows(temp.db)).map((row) => [row.account_id, row.action])).toEqual([
			[accountId, 'sign-in.failed']
		]);
	});

	it('refuses, even the right password, once too many have been wrong; writes only its audit row', async () => {
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'staff@example.org', '198.51.100.1');
		await expectOnlyAudited(
			temp.db,
			() => signIn('staff@example.org'),
			{ ok: false, reason: 'rate-limited' },
			'sign-in.rate-limited'
		);
	});

	it('checks no more than the limit of a burst of wrong passwords sent at once, and audits every refusal (ASVS 6.3.1)', async () => {
		// The probe's finding: counted first and written after argon2, 40 parallel tries were all checked.
		const results = await Promise.all(
			Array.from({ length: 40 }, () => signIn('staff@example.org', 'wrong guess 1234'))
		);
		expect(results.filter((result) => !result.ok && result.reason === 'refused')).toHaveLength(maxFailures);
		expect(results.filter((result) => !result.ok && result.reason === 'rate-limited')).toHaveLength(40 - maxFailures);
		const actions = (await auditRows(temp.db)).map((row) => row.action);
		expect(actions.filter((action) => action === 'sign-in.failed')).toHaveLength(maxFailures);
		expect(actions.filter((action) => action === 'sign-in.rate-limited')).toHaveLength(40 - maxFailures);
		expect(await temp.db.selectFrom('sign_in_attempt').select('succeeded').execute()).toHaveLength(maxFailures);
	});

	it('starts no session when its audit row cannot be written (the attempt it took still counts)', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => signIn('family@example.org'), { except: ['sign_in_attempt'] });
	});
});

describe('entering the sign-in code', () => {
	let actor: SessionActor & { token: string };
	beforeEach(async () => {
		const token = await createSession(temp.db, 'staff', false, visitor);
		actor = { account: (await readAccount(temp.db, 'staff'))!, sessionId: token.split('.')[0]!, ...visitor, token };
	});
	const enter = (code: string, who: SessionActor = actor) => enterSignInCode(v.parse(codeSchema, { code }), who);

	it('takes the authenticator’s code once, and replaces the part-way session with a signed-in one', async () => {
		const code = totpCode(key, moment);
		const result = await enter(code, { ...actor, ip: '198.51.100.7', userAgent: null });
		if (!result.ok) throw new Error(result.reason);
		expect(await validateSessionToken(temp.db, actor.token)).toBeNull();
		// The signed-in session keeps where the request that finished signing in came from.
		expect((await validateSessionToken(temp.db, result.sessionToken))?.session).toMatchObject({
			two_factor_verified: 1,
			ip: '198.51.100.7',
			user_agent: null
		});
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: 'staff',
				plan_id: null,
				action: 'sign-in',
				item: 'code',
				ip: '198.51.100.7'
			}
		]);

		// The same code again, from another part-way session, is refused: each code is good once.
		const again = await createSession(temp.db, 'staff', false, visitor);
		expect(await enter(code, { ...actor, sessionId: again.split('.')[0]! })).toEqual({ ok: false, reason: 'refused' });
	});

	it('takes an unused recovery code, and uses it up', async () => {
		const [recoveryCode] = await issueRecoveryCodes(temp.db, 'staff');
		expect((await enter(recoveryCode!)).ok).toBe(true);
		expect((await auditRows(temp.db)).at(-1)).toMatchObject({ action: 'sign-in', item: 'recovery-code' });
		expect(
			await temp.db.selectFrom('recovery_code').select('id').where('used_at', 'is not', null).execute()
		).toHaveLength(1);
	});

	it('takes a recovery code typed in capitals, without its dashes, with 0 and 1 for the look-alike o and l', async () => {
		const codes = await issueRecoveryCodes(temp.db, 'staff');
		const typed = codes.map((code) => code.replace(/-/g, '').replace(/o/g, '0').replace(/l/g, '1').toUpperCase());
		// 250 random base32 characters hold an o or an l but for a chance of about 1 in 10 million.
		expect(typed.some((code) => /[01]/.test(code))).toBe(true);
		for (const code of typed) expect(await redeemRecoveryCode(temp.db, 'staff', code)).toBe(true);
		expect(await redeemRecoveryCode(temp.db, 'staff', typed[0]!)).toBe(false);
	});

	it('refuses a wrong code: counted and recorded, the part-way session kept', async () => {
		expect(await enter('000000x')).toEqual({ ok: false, reason: 'refused' });
		expect((await validateSessionToken(temp.db, actor.token))?.session.two_factor_verified).toBe(0);
		expect(await temp.db.selectFrom('sign_in_attempt').select(['email', 'succeeded']).execute()).toEqual([
			{ email: 'staff@example.org', succeeded: 0 }
		]);
		expect((await auditRows(temp.db)).map((row) => row.action)).toEqual(['sign-in.failed-code']);
	});

	it('refuses, even the right code, once too many have been wrong; writes only its audit row', async () => {
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'staff@example.org', '198.51.100.1');
		await expectOnlyAudited(
			temp.db,
			() => enter(totpCode(key, moment)),
			{ ok: false, reason: 'rate-limited' },
			'sign-in.rate-limited'
		);
	});

	it('uses up no code and keeps the part-way session when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => enter(totpCode(key, moment)), { except: ['sign_in_attempt'] });
	});
});

describe('signing out', () => {
	let actor: SessionActor & { token: string };
	beforeEach(async () => {
		const token = await createSession(temp.db, 'family', true, visitor);
		actor = { account: (await readAccount(temp.db, 'family'))!, sessionId: token.split('.')[0]!, ...visitor, token };
	});

	it('ends the session on the server, and records it', async () => {
		expect(await signOut(actor)).toEqual({ ok: true });
		expect(await validateSessionToken(temp.db, actor.token)).toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: null, account_id: 'family', plan_id: null, action: 'sign-out', item: null, ip }
		]);
	});

	it('keeps the session when its audit row cannot be written', async () => {
		await expectUndoneWithoutAuditRow(temp.db, () => signOut(actor));
	});
});
