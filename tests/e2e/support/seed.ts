import { hash } from '@node-rs/argon2';
import SQLite from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabasePath } from '../../../playwright.config';
import { seal } from '../../../src/lib/server/secrets/sealed-text';
import { loadSecretKey } from '../../../src/lib/server/secrets/secret-key';
import { authenticatorCode } from './totp';

/**
 * Arranges state in the e2e server's database directly, for what the pages under test do not create.
 * Every name and email is unique (project name and a random suffix), because the js and no-js projects
 * share one server and one database.
 */
function withDatabase<T>(work: (db: SQLite.Database) => T): T {
	const db = new SQLite(e2eDatabasePath);
	try {
		db.pragma('busy_timeout = 10000');
		db.pragma('foreign_keys = ON');
		return work(db);
	} finally {
		db.close();
	}
}

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

/** An authenticator key sealed as the server stores it, with the key it made beside its database. */
function sealedAsTheServerDoes(totpKey: string): string {
	return seal(totpKey, loadSecretKey(e2eDatabasePath, process.env, { create: false }).key);
}

export function seedOrganisation(name = `Test School ${unique()}`): { id: string; name: string } {
	const organisation = { id: id(), name };
	withDatabase((db) =>
		db
			.prepare('INSERT INTO organisation (id, name, kind, created_at) VALUES (?, ?, ?, ?)')
			.run(organisation.id, name, 'school', new Date().toISOString())
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
	const organisationId = options.organisationId ?? seedOrganisation().id;
	const staff: SeededStaff = {
		id: id(),
		name: options.name ?? `Test ${options.role} ${suffix}`,
		email: `${options.role}-${suffix}@example.org`.toLowerCase(),
		password: `seeded password ${suffix}`,
		totpKey: newTotpKey(),
		organisationId
	};
	const passwordHash = await hash(staff.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
	withDatabase((db) =>
		db
			.prepare(
				'INSERT INTO account (id, email, name, password_hash, organisation_id, role, totp_key, totp_last_counter, disabled_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)'
			)
			.run(
				staff.id,
				staff.email,
				staff.name,
				passwordHash,
				organisationId,
				options.role,
				sealedAsTheServerDoes(staff.totpKey),
				new Date().toISOString()
			)
	);
	return staff;
}

/** An invitation row with a known token (only its SHA-256 is stored, as the app does). */
export function seedInvitation(options: {
	organisationId: string;
	invitedBy: string;
	role?: string;
	expiresAt: Date;
	name?: string;
}): { id: string; token: string; email: string } {
	const token = randomBytes(20).toString('hex');
	const invitation = { id: id(), token, email: `invitee-${unique()}@example.org`.toLowerCase() };
	withDatabase((db) =>
		db
			.prepare(
				'INSERT INTO invitation (id, token_hash, organisation_id, invited_by, name, email, role, plan_id, plan_level, created_at, expires_at, used_at, withdrawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, NULL)'
			)
			.run(
				invitation.id,
				createHash('sha256').update(token).digest('hex'),
				options.organisationId,
				options.invitedBy,
				options.name ?? 'Invited Person',
				invitation.email,
				options.role ?? 'practitioner',
				new Date(options.expiresAt.getTime() - 14 * 24 * 60 * 60 * 1000).toISOString(),
				options.expiresAt.toISOString()
			)
	);
	return invitation;
}

/** A link to set a new password with a known token (only its SHA-256 is stored, as the app does). */
export function seedPasswordReset(options: { accountId: string; madeBy: string; expiresAt: Date }): { token: string } {
	const token = randomBytes(20).toString('hex');
	withDatabase((db) =>
		db
			.prepare(
				'INSERT INTO password_reset (id, token_hash, account_id, made_by, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, NULL)'
			)
			.run(
				id(),
				createHash('sha256').update(token).digest('hex'),
				options.accountId,
				options.madeBy,
				new Date(options.expiresAt.getTime() - 24 * 60 * 60 * 1000).toISOString(),
				options.expiresAt.toISOString()
			)
	);
	return { token };
}

/** Rows of the audit log for an item, to check a change was recorded. */
export function auditRows(
	organisationId: string
): Array<{ action: string; item: string | null; account_id: string | null }> {
	return withDatabase((db) =>
		db
			.prepare('SELECT action, item, account_id FROM audit_event WHERE organisation_id = ? ORDER BY id')
			.all(organisationId)
	) as Array<{
		action: string;
		item: string | null;
		account_id: string | null;
	}>;
}

/** Signs in through the pages: email and password, then a code from the authenticator. */
export async function signIn(
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
