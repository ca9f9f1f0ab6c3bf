import { expect, test, type APIRequestContext } from '@playwright/test';
import { hashPassword } from '../../src/lib/server/auth/password';
import { createSession, sessionCookie } from '../../src/lib/server/auth/session';
import { createAccount } from '../../src/lib/server/db/accounts';
import { createInvitation } from '../../src/lib/server/db/invitations';
import { createOrganisation } from '../../src/lib/server/db/organisations';
import { insertPlanDocument } from '../../src/lib/server/db/plan-create';
import { openPostgresDatabase, type PostgresHandle } from '../../src/lib/server/db/postgres-database';
import { newSecretKey, secretKeyText } from '../../src/lib/server/secrets/secret-key';
import { startTestPostgres, type TestPostgres } from '../integration/support/postgres-server';
import { startAnotherServer, type AnotherServer } from './support/another-server';
import { openEventStream } from './support/event-stream';
import { fixturePlan } from './support/plans';

/**
 * Several servers on one PostgreSQL, as a local authority runs them behind a load balancer: what one
 * server does, the other sees, and when both are asked at once exactly one request wins.
 */
let postgres: TestPostgres | undefined;
let db: PostgresHandle | undefined;
let servers: AnotherServer[] = [];
const password = 'correct horse battery staple';

test.beforeAll(async () => {
	if (test.info().project.name !== 'js') return;
	test.setTimeout(120_000);
	postgres = await startTestPostgres();
	await postgres.admin('CREATE DATABASE authority');
	const url = postgres.url('authority');
	// Every server has the same secret key, as the README says to set up.
	// A shutdown timeout longer than the test's: a live stream left open would hold a stopping server up.
	const env = {
		DATABASE_URL: url,
		SECRET_KEY: secretKeyText(newSecretKey()),
		SECRET_KEY_FILE: '',
		SHUTDOWN_TIMEOUT: '300'
	};
	servers = [await startAnotherServer(4395, env), await startAnotherServer(4396, env)];
	db = openPostgresDatabase(url);
	await createOrganisation(db.db, {
		id: 'la',
		name: 'Kent County Council',
		kind: 'local-authority-team',
		created_at: '2026-11-22T09:00:00Z'
	});
	await createAccount(db.db, {
		id: 'senco',
		email: 'senco@example.org',
		name: 'Daniel Price',
		password_hash: await hashPassword(password),
		organisation_id: 'la',
		role: 'coordinator',
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: '2026-11-22T09:00:00Z'
	});
});

test.afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
	await db?.close();
	await postgres?.stop();
	// Nothing left for another project's run of this file to stop twice.
	servers = [];
	db = undefined;
	postgres = undefined;
});

test.beforeEach(() => {
	test.skip(test.info().project.name !== 'js', 'servers of their own: once is enough');
});

/** Sarah's plan, started by the SENCo. */
function seedSarah() {
	return db!.db.transaction().execute((trx) =>
		insertPlanDocument(trx, {
			organisationId: 'la',
			accountId: 'senco',
			document: fixturePlan('sarah'),
			today: '2026-11-22'
		})
	);
}

/** A client of each server, sending `cookie` if given. */
async function clients(
	playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
	cookie?: string
) {
	return Promise.all(
		servers.map(({ origin }) =>
			playwright.request.newContext({
				baseURL: origin,
				extraHTTPHeaders: { origin, accept: 'text/html', ...(cookie ? { cookie } : {}) }
			})
		)
	);
}

test('a session begun on one server goes on on the other, and failed sign-ins count across both', async ({
	playwright
}) => {
	const [a, b] = await clients(playwright);
	const signIn = (client: APIRequestContext, pass: string) =>
		client.post('/sign-in', { form: { email: 'senco@example.org', password: pass }, maxRedirects: 0 });

	const begun = await signIn(a!, password);
	expect(begun.status()).toBe(303);
	expect(begun.headers().location).toBe('/two-factor/set-up');
	const cookie = begun.headers()['set-cookie']!.split(';')[0]!;
	const [, withSession] = await clients(playwright, cookie);
	const onOther = await withSession!.get('/two-factor/set-up', { maxRedirects: 0 });
	expect(onOther.status()).toBe(200);
	expect(await onOther.text()).toContain('authenticator');
	expect((await b!.get('/two-factor/set-up', { maxRedirects: 0 })).status()).toBe(303);

	// Ten wrong, half on each server: the eleventh try is refused on either, even with the right password.
	for (let i = 0; i < 10; i++) expect((await signIn(i % 2 ? b! : a!, `wrong password ${i}`)).status()).toBe(400);
	for (const client of [a!, b!]) {
		const refused = await signIn(client, password);
		expect(refused.status()).toBe(429);
		expect(await refused.text()).toContain('too many attempts to sign in');
	}
	await Promise.all([a, b, withSession].map((client) => client!.dispose()));
});

test('of two saves of one item sent at once to different servers, one is saved and the other told, never 500', async ({
	playwright
}) => {
	const plan = await seedSarah();
	const id = plan.ids.get('aspiration:a3')!;
	const token = await createSession(db!.db, 'senco', true, { ip: '127.0.0.1', userAgent: null });
	const both = await clients(playwright, `${sessionCookie(new URL('http://localhost')).name}=${token}`);
	const revisionOf = async () =>
		(await db!.db.selectFrom('plan_item').select('revision').where('id', '=', id).executeTakeFirstOrThrow()).revision;
	const statuses: number[] = [];
	for (let round = 0; round < 20; round++) {
		const revision = await revisionOf();
		const answers = await Promise.all(
			both.map((client, server) =>
				client.post(`/plans/${plan.planId}/aspirations?/save`, {
					form: {
						id,
						revision: String(revision),
						text: `Round ${round}, from server ${server}.`,
						voice: 'parent-carer'
					},
					maxRedirects: 0
				})
			)
		);
		statuses.push(...answers.map((answer) => answer.status()));
		expect(await revisionOf()).toBe(revision + 1);
	}
	expect(statuses.filter((status) => ![303, 409].includes(status))).toEqual([]);
	expect(statuses.filter((status) => status === 409)).toHaveLength(20);
	await Promise.all(both.map((client) => client.dispose()));
});

test('an invitation accepted on both servers at once makes one account and signs one person in', async ({
	playwright
}) => {
	const { token } = await createInvitation(db!.db, {
		organisationId: 'la',
		invitedBy: 'senco',
		name: 'Priya Shah',
		email: 'priya.shah@example.org',
		role: 'practitioner'
	});
	const both = await clients(playwright);
	const answers = await Promise.all(
		both.map((client) =>
			client.post(`/invitations/${token}`, {
				form: { password: 'a long and private passphrase', confirmPassword: 'a long and private passphrase' },
				maxRedirects: 0
			})
		)
	);
	// The loser is told the link was used (410), or sent back to the invitation (303), which now says so.
	expect(answers.map((answer) => answer.status()).filter((status) => ![303, 410].includes(status))).toEqual([]);
	const signedIn = answers.filter((answer) => /gt_session=/.test(answer.headers()['set-cookie'] ?? ''));
	expect(signedIn).toHaveLength(1);
	expect(signedIn[0]!.headers().location).toBe('/two-factor/set-up');
	const accounts = await db!.db
		.selectFrom('account')
		.select('id')
		.where('email', '=', 'priya.shah@example.org')
		.execute();
	expect(accounts).toHaveLength(1);
	await Promise.all(both.map((client) => client.dispose()));
});

test('an edit saved through one server is streamed live to a reader on the other, whose stream ends when it stops', async ({
	playwright
}) => {
	const plan = await seedSarah();
	const token = await createSession(db!.db, 'senco', true, { ip: '127.0.0.1', userAgent: null });
	const cookie = `${sessionCookie(new URL('http://localhost')).name}=${token}`;
	const [a] = await clients(playwright, cookie);
	const reader = await openEventStream(`${servers[1]!.origin}/plans/${plan.planId}/changes`, { cookie });
	expect(reader.status).toBe(200);

	const saved = await a!.post(`/plans/${plan.planId}/aspirations?/save`, {
		form: { text: 'Saved through the first server.', voice: 'parent-carer' },
		maxRedirects: 0
	});
	expect(saved.status()).toBe(303);
	await reader.until(/Saved through the first server/, 2_000);
	expect(reader.text()).toContain('"who":"Daniel Price"');

	// Stopping the reader's server ends its stream at once, rather than after the shutdown timeout.
	await servers[1]!.stop();
	expect(await reader.until(/never/)).toBe(false);
	servers = servers.slice(0, 1);
	await a!.dispose();
});
