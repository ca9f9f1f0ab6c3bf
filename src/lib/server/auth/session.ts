import type { Cookies } from '@sveltejs/kit';
import type { Kysely, Selectable } from 'kysely';
import { now } from '../clock/clock';
import type { Executor } from '../db/executor';
import type { Account } from '../db/accounts';
import type { Database, SessionTable } from '../db/schema';
import { hashSecret, randomToken, sameHash } from '../tokens/token';

/** Idle timeout and absolute limit (access.md). */
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** How long before the idle timeout the warning appears. */
export const timeoutWarningMs = 5 * 60 * 1000;
/** Activity is written at most this often, to spare the database a write on every request. */
const activityResolutionMs = 60 * 1000;

/**
 * The session cookie's name and whether it is Secure. Where the browser keeps Secure cookies (HTTPS, and
 * localhost, which browsers treat as secure) the name takes the `__Host-` prefix (ASVS 3.3.1): the
 * browser then accepts the cookie only if it is Secure, for every path and for this host alone, so a
 * plain-http page or a sibling subdomain cannot plant or overwrite a session.
 */
export function sessionCookie(url: URL): { name: string; secure: boolean } {
	const secure = url.protocol === 'https:' || url.hostname === 'localhost';
	return { name: secure ? '__Host-gt_session' : 'gt_session', secure };
}

export type Session = Selectable<SessionTable>;

/**
 * Where a session is started from: the address, and the browser's description of itself (its
 * User-Agent, null when it sent none), so that its owner can tell their sessions apart.
 */
export interface SessionOrigin {
	ip: string;
	userAgent: string | null;
}

export interface ValidSession {
	session: Session;
	account: Account;
	/** When the session will end if nothing more happens. */
	expiresAt: Date;
}

/**
 * Starts a session: the token (id and secret) goes to the browser, only the secret's hash is stored, with
 * where it signed in from and the browser's description of itself, for its owner's list of sessions.
 */
export async function createSession(
	db: Executor,
	accountId: string,
	twoFactorVerified: boolean,
	origin: SessionOrigin
): Promise<string> {
	const id = randomToken(15);
	const secret = randomToken(20);
	const at = now().toISOString();
	await db
		.insertInto('session')
		.values({
			id,
			account_id: accountId,
			secret_hash: hashSecret(secret),
			two_factor_verified: twoFactorVerified ? 1 : 0,
			created_at: at,
			last_active_at: at,
			ip: origin.ip,
			user_agent: origin.userAgent
		})
		.execute();
	return `${id}.${secret}`;
}

/** When a session ends: 30 minutes after its last activity, and never more than 12 hours after it began. */
export function sessionExpiry(session: Pick<Session, 'created_at' | 'last_active_at'>): Date {
	const idle = Date.parse(session.last_active_at) + idleTimeoutMs;
	const absolute = Date.parse(session.created_at) + absoluteTimeoutMs;
	return new Date(Math.min(idle, absolute));
}

/** A session token's two parts (the session's id and its secret), or null when it is not one. */
export function sessionTokenParts(token: string): { id: string; secret: string } | null {
	const [id, secret, extra] = token.split('.');
	return id && secret && extra === undefined ? { id, secret } : null;
}

/** Whether a session whose secret matched still stands at `at`: its account enabled, and not timed out. */
export function sessionStands(
	row: Pick<Session, 'created_at' | 'last_active_at'> & Pick<Account, 'disabled_at'>,
	at: Date
): boolean {
	return !row.disabled_at && sessionExpiry(row).getTime() > at.getTime();
}

/**
 * The session and account behind a token, or null when the token is malformed, unknown, expired, or its
 * account is disabled. Valid use slides the idle timeout.
 */
export async function validateSessionToken(
	db: Kysely<Database>,
	token: string,
	options: { touch?: boolean } = {}
): Promise<ValidSession | null> {
	const parts = sessionTokenParts(token);
	if (!parts) return null;
	const { id, secret } = parts;
	const row = await db
		.selectFrom('session')
		.innerJoin('account', 'account.id', 'session.account_id')
		.selectAll('session')
		.select([
			'account.email',
			'account.name',
			'account.password_hash',
			'account.organisation_id',
			'account.role',
			'account.totp_key',
			'account.totp_last_counter',
			'account.disabled_at',
			'account.created_at as account_created_at',
			'account.professional_role',
			'account.professional_organisation'
		])
		.where('session.id', '=', id)
		.executeTakeFirst();
	if (!row || !sameHash(row.secret_hash, hashSecret(secret))) return null;
	const at = now();
	if (!sessionStands(row, at)) {
		await db.deleteFrom('session').where('id', '=', id).execute();
		return null;
	}
	const session: Session = {
		id: row.id,
		account_id: row.account_id,
		secret_hash: row.secret_hash,
		two_factor_verified: row.two_factor_verified,
		created_at: row.created_at,
		last_active_at: row.last_active_at,
		ip: row.ip,
		user_agent: row.user_agent
	};
	if (options.touch !== false && at.getTime() - Date.parse(row.last_active_at) >= activityResolutionMs) {
		session.last_active_at = at.toISOString();
		await db.updateTable('session').set({ last_active_at: session.last_active_at }).where('id', '=', id).execute();
	}
	const account: Account = {
		id: row.account_id,
		email: row.email,
		name: row.name,
		password_hash: row.password_hash,
		organisation_id: row.organisation_id,
		role: row.role,
		totp_key: row.totp_key,
		totp_last_counter: row.totp_last_counter,
		disabled_at: row.disabled_at,
		created_at: row.account_created_at,
		professional_role: row.professional_role,
		professional_organisation: row.professional_organisation
	};
	return { session, account, expiresAt: sessionExpiry(session) };
}

export async function markTwoFactorVerified(db: Kysely<Database>, sessionId: string): Promise<void> {
	await db.updateTable('session').set({ two_factor_verified: 1 }).where('id', '=', sessionId).execute();
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/**
 * After the second step (a code, or setting up the authenticator) the part-way session ends and a fully
 * signed-in one starts: a token is never promoted, so one seen before the second step is worth nothing.
 * Returns the new token.
 */
export async function replaceWithVerifiedSession(
	db: Executor,
	sessionId: string,
	accountId: string,
	origin: SessionOrigin
): Promise<string> {
	await invalidateSession(db, sessionId);
	return createSession(db, accountId, true, origin);
}

/** Ends every session of an account, except optionally the one in use; returns how many it ended. */
export async function invalidateAccountSessions(db: Executor, accountId: string, except?: string): Promise<number> {
	const result = await db
		.deleteFrom('session')
		.where('account_id', '=', accountId)
		.$if(except !== undefined, (query) => query.where('id', '!=', except!))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Ends one session of an account; false when the account has no session of that id. */
export async function invalidateAccountSession(db: Executor, accountId: string, sessionId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('session')
		.where('account_id', '=', accountId)
		.where('id', '=', sessionId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Every session of an account that has not yet timed out, most recently active first. */
export async function listAccountSessions(db: Executor, accountId: string): Promise<Session[]> {
	const sessions = await db
		.selectFrom('session')
		.selectAll()
		.where('account_id', '=', accountId)
		.orderBy('last_active_at', 'desc')
		.execute();
	const at = now().getTime();
	// Timed-out sessions are deleted only when their token comes back, so some may still be stored.
	return sessions.filter((session) => sessionExpiry(session).getTime() > at);
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure where it can be. It lasts no longer than the absolute limit. */
export function setSessionCookie(cookies: Cookies, token: string, url: URL): void {
	const { name, secure } = sessionCookie(url);
	cookies.set(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: absoluteTimeoutMs / 1000 });
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	const { name, secure } = sessionCookie(url);
	cookies.delete(name, { path: '/', secure });
}
