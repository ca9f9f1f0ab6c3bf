import { hash } from '@node-rs/argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import type { OrganisationRole } from '../../../src/lib/roles';
import { createSession, sessionCookie } from '../../../src/lib/server/auth/session';
import { seal } from '../../../src/lib/server/secrets/sealed-text';
import { e2eSecretKey, withE2eDatabase } from './e2e-database';
import { authenticatorCode } from './totp';

/*
 * Arranges state in the e2e server's database directly, for what the pages under test do not create.
 * Every name and email is unique (project name and a random suffix), because the js and no-js projects
 * share one server and one database.
 */

/** A short random suffix that keeps this test's data apart from every other's. */
export function unique(): string {
	return `${test.info().project.name}-${randomUUID().slice(0, 8)}`;
}

function id(): string {
	return randomBytes(15).toString('hex');
}

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function newTotpKey(): string {
	return Array.from(randomBytes(32), (byte) => base32[byte % 32]).join('');
}

/** An authenticator key sealed as the server stores it. */
function sealedAsTheServerDoes(totpKey: string): string {
	return seal(totpKey, e2eSecretKey());
}

export async function seedOrganisation(name = `Test School ${unique()}`): Promise<{ id: string; name: string }> {
	const organisation = { id: id(), name };
	await withE2eDatabase((db) =>
		db
			.insertInto('organisation')
			.values({ ...organisation, kind: 'school', created_at: new Date().toISOString() })
			.execute()
	);
	return organisation;
}

export interface SeededStaff {
	id: string;
	name: string;
	email: string;
	password: string;
	totpKey: string;
	organisationId: string;
}

/** A staff member who has signed up and set up an authenticator; in a new organisation unless one is given. */
export async function seedStaff(options: {
	role: 'admin' | 'coordinator' | 'practitioner';
	organisationId?: string;
	name?: string;
}): Promise<SeededStaff> {
	const suffix = unique();
	const organisationId = options.organisationId ?? (await seedOrganisation()).id;
	const staff: SeededStaff = {
		id: id(),
		name: options.name ?? `Test ${options.role} ${suffix}`,
		email: `${options.role}-${suffix}@example.org`.toLowerCase(),
		password: `seeded password ${suffix}`,
		totpKey: newTotpKey(),
		organisationId
	};
	const passwordHash = await hash(staff.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
	await withE2eDatabase((db) =>
		db
			.insertInto('account')
			.values({
				id: staff.id,
				email: staff.email,
				name: staff.name,
				password_hash: passwordHash,
				organisation_id: organisationId,
				role: options.role,
				totp_key: sealedAsTheServerDoes(staff.totpKey),
				totp_last_counter: null,
				disabled_at: null,
				created_at: new Date().toISOString()
			})
			.execute()
	);
	return staff;
}

/** Turns a seeded account into a family member's: no organisation, no role and no authenticator, as an accepted plan invitation makes. */
export async function makeFamilyMember(accountId: string): Promise<void> {
	await withE2eDatabase((db) =>
		db
			.updateTable('account')
			.set({ organisation_id: null, role: null, totp_key: null })
			.where('id', '=', accountId)
			.execute()
	);
}

/** An invitation row with a known token (only its SHA-256 is stored, as the app does). */
export async function seedInvitation(options: {
	organisationId: string;
	invitedBy: string;
	role?: OrganisationRole;
	expiresAt: Date;
	name?: string;
}): Promise<{ id: string; token: string; email: string }> {
	const token = randomBytes(20).toString('hex');
	const invitation = { id: id(), token, email: `invitee-${unique()}@example.org`.toLowerCase() };
	await withE2eDatabase((db) =>
		db
			.insertInto('invitation')
			.values({
				id: invitation.id,
				token_hash: createHash('sha256').update(token).digest('hex'),
				organisation_id: options.organisationId,
				invited_by: options.invitedBy,
				name: options.name ?? 'Invited Person',
				email: invitation.email,
				role: options.role ?? 'practitioner',
				plan_id: null,
				plan_level: null,
				created_at: new Date(options.expiresAt.getTime() - 14 * 24 * 60 * 60 * 1000).toISOString(),
				expires_at: options.expiresAt.toISOString(),
				used_at: null,
				withdrawn_at: null
			})
			.execute()
	);
	return invitation;
}

/** A link to set a new password with a known token (only its SHA-256 is stored, as the app does). */
export async function seedPasswordReset(options: {
	accountId: string;
	madeBy: string;
	expiresAt: Date;
}): Promise<{ token: string }> {
	const token = randomBytes(20).toString('hex');
	await withE2eDatabase((db) =>
		db
			.insertInto('password_reset')
			.values({
				id: id(),
				token_hash: createHash('sha256').update(token).digest('hex'),
				account_id: options.accountId,
				made_by: options.madeBy,
				created_at: new Date(options.expiresAt.getTime() - 24 * 60 * 60 * 1000).toISOString(),
				expires_at: options.expiresAt.toISOString(),
				used_at: null
			})
			.execute()
	);
	return { token };
}

/** Rows of the organisation's audit log, oldest first, to check a change was recorded. */
export function auditRows(organisationId: string) {
	return withE2eDatabase((db) =>
		db
			.selectFrom('audit_event')
			.select(['action', 'item', 'account_id'])
			.where('organisation_id', '=', organisationId)
			.orderBy('id')
			.execute()
	);
}

/**
 * Signs a seeded staff member in, both steps done, by a session stored as the sign-in pages store one and
 * its cookie set as they set it; then opens the caseload. For tests about something other than signing
 * in: a sign-in through the pages costs about a second (three pages and a password hash), and the tests
 * of signing in itself use `signInThroughPages`.
 */
export async function signIn(page: Page, who: { id: string }): Promise<void> {
	const userAgent = await page.evaluate(() => navigator.userAgent);
	const token = await withE2eDatabase((db) => createSession(db, who.id, true, { ip: '127.0.0.1', userAgent }));
	const origin = new URL(test.info().project.use.baseURL!);
	const { name, secure } = sessionCookie(origin);
	// By domain and path, not URL: Chromium refuses a Secure cookie for an http URL, even on localhost.
	const cookie = { name, value: token, domain: origin.hostname, path: '/', httpOnly: true, secure };
	await page.context().addCookies([{ ...cookie, sameSite: 'Lax' }]);
	await page.goto('/plans');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
}

/** Signs in through the pages: email and password, then a code from the authenticator. */
export async function signInThroughPages(
	page: Page,
	who: { email: string; password: string; totpKey: string },
	stepsAhead = 1
): Promise<void> {
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(who.email);
	await page.getByLabel('Password').fill(who.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
	await page.getByLabel('Code').fill(authenticatorCode(who.totpKey, stepsAhead));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
}
