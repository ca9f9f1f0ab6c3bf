import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '$lib/server/auth/password';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import {
	absoluteTimeoutMs,
	createSession,
	idleTimeoutMs,
	invalidateAccountSessions,
	validateSessionToken
} from '$lib/server/auth/session';
import { setClock } from '$lib/server/clock/clock';
import { createAccount, disableAccount } from '$lib/server/db/accounts';
import { createInvitation } from '$lib/server/db/invitations';
import { createOrganisation } from '$lib/server/db/organisations';
import { visitorAt } from './support/accounts';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let clock = Date.parse('2026-11-22T09:00:00Z');
const minutes = (n: number) => n * 60 * 1000;
const visitor = visitorAt('192.0.2.50');

beforeEach(async () => {
	temp = await createTempDatabase();
	clock = Date.parse('2026-11-22T09:00:00Z');
	setClock(() => new Date(clock));
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside Academy',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
	await createAccount(temp.db, {
		id: 'acc',
		email: 'd.price@riverside.example.org',
		name: 'Daniel Price',
		password_hash: await hashPassword('correct horse battery staple'),
		organisation_id: 'org',
		role: 'coordinator',
		totp_key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
		totp_last_counter: null,
		disabled_at: null,
		created_at: '2026-11-22T09:00:00Z'
	});
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

describe('sessions', () => {
	it('accepts its own token and refuses a tampered or unknown one', async () => {
		const token = await createSession(temp.db, 'acc', true, visitor);
		expect((await validateSessionToken(temp.db, token))?.account.email).toBe('d.price@riverside.example.org');
		const [id, secret] = token.split('.');
		// The last character changed to another (a fixed 'a' left one token in 32 unchanged).
		const last = secret!.at(-1) === 'a' ? 'b' : 'a';
		expect(await validateSessionToken(temp.db, `${id}.${secret!.slice(0, -1)}${last}`)).toBeNull();
		expect(await validateSessionToken(temp.db, `${id}x.${secret}`)).toBeNull();
		expect(await validateSessionToken(temp.db, 'no-dot')).toBeNull();
		expect(await validateSessionToken(temp.db, `${token}.extra`)).toBeNull();
	});

	it('ends after 30 idle minutes, and activity slides the limit', async () => {
		const token = await createSession(temp.db, 'acc', true, visitor);
		clock += minutes(29);
		expect(await validateSessionToken(temp.db, token)).not.toBeNull();
		clock += minutes(29);
		expect(await validateSessionToken(temp.db, token)).not.toBeNull();
		clock += idleTimeoutMs;
		expect(await validateSessionToken(temp.db, token)).toBeNull();
		expect(await temp.db.selectFrom('session').selectAll().execute()).toEqual([]);
	});

	it('ends 12 hours after it began however busy it is', async () => {
		const token = await createSession(temp.db, 'acc', true, visitor);
		for (let elapsed = 0; elapsed < absoluteTimeoutMs - minutes(20); elapsed += minutes(20)) {
			clock += minutes(20);
			expect(await validateSessionToken(temp.db, token)).not.toBeNull();
		}
		clock = Date.parse('2026-11-22T09:00:00Z') + absoluteTimeoutMs;
		expect(await validateSessionToken(temp.db, token)).toBeNull();
	});

	it('ends at once when the account is disabled, or when all its sessions are ended but one', async () => {
		const kept = await createSession(temp.db, 'acc', true, visitor);
		const ended = await createSession(temp.db, 'acc', true, visitor);
		const keptId = kept.split('.')[0]!;
		await invalidateAccountSessions(temp.db, 'acc', keptId);
		expect(await validateSessionToken(temp.db, ended)).toBeNull();
		expect(await validateSessionToken(temp.db, kept)).not.toBeNull();
		await disableAccount(temp.db, 'org', 'acc', '2026-11-22T10:00:00Z');
		expect(await validateSessionToken(temp.db, kept)).toBeNull();
	});
});

describe('secrets at rest', () => {
	it('keeps no session token, password, invitation token or recovery code in any table', async () => {
		const token = await createSession(temp.db, 'acc', true, visitor);
		const invitation = await createInvitation(temp.db, {
			organisationId: 'org',
			invitedBy: 'acc',
			name: 'Leah Hart',
			email: 'l.hart@riverside.example.org',
			role: 'practitioner'
		});
		const codes = await issueRecoveryCodes(temp.db, 'acc');
		const secrets = [
			token,
			token.split('.')[1]!,
			'correct horse battery staple',
			invitation.token,
			...codes,
			...codes.map((code) => code.replace(/-/g, ''))
		];

		const tables = await temp.db.introspection.getTables({ withInternalKyselyTables: true });
		const rows = await Promise.all(
			tables.map(({ name }) =>
				temp.db
					.selectFrom(name as 'account')
					.selectAll()
					.execute()
			)
		);
		const dump = rows.map((table) => JSON.stringify(table)).join('\n');
		expect(dump).toContain('d.price@riverside.example.org'); // the dump did read the rows
		for (const secret of secrets) expect(dump).not.toContain(secret);
	});
});
