import type { Kysely } from 'kysely';
import type { OrganisationRole } from '$lib/roles';
import type { SessionActor, StaffAccount, Visitor } from '$lib/server/actor';
import { hashPassword } from '$lib/server/auth/password';
import { createSession } from '$lib/server/auth/session';
import { createAccount, readAccount, type Account } from '$lib/server/db/accounts';
import { createOrganisation } from '$lib/server/db/organisations';
import type { Database } from '$lib/server/db/schema';
import { appSecretKey } from '$lib/server/secrets/app-secret-key';
import { seal } from '$lib/server/secrets/sealed-text';

/** Every seeded account's password. */
export const password = 'correct horse battery staple';

let hashed: Promise<string> | undefined;
/** The hash of `password`, made once: argon2 takes a while on purpose. */
function passwordHash(): Promise<string> {
	hashed ??= hashPassword(password);
	return hashed;
}

export async function seedOrganisation(db: Kysely<Database>, id: string): Promise<void> {
	await createOrganisation(db, { id, name: `School ${id}`, kind: 'school', created_at: '2026-11-22T09:00:00Z' });
}

/**
 * An account with `password`: staff of `organisationId` with `role`, or a family member when both are
 * null. Its email is `<id>@example.org`. A `totpKey` is stored sealed with the app's secret key, as the
 * app stores it.
 */
export async function seedAccount(
	db: Kysely<Database>,
	account: {
		id: string;
		organisationId: string | null;
		role: OrganisationRole | null;
		totpKey?: string;
		disabledAt?: string;
	}
): Promise<Account> {
	await createAccount(db, {
		id: account.id,
		email: `${account.id}@example.org`,
		name: `Person ${account.id}`,
		password_hash: await passwordHash(),
		organisation_id: account.organisationId,
		role: account.role,
		totp_key: account.totpKey ? seal(account.totpKey, appSecretKey()) : null,
		totp_last_counter: null,
		disabled_at: account.disabledAt ?? null,
		created_at: '2026-11-22T09:00:00Z'
	});
	return (await readAccount(db, account.id))!;
}

/** A staff account as the route's access check hands it on (read afresh: use cases trust what they are given). */
export async function staffAccount(db: Kysely<Database>, id: string): Promise<StaffAccount> {
	const account = await readAccount(db, id);
	if (!account?.organisation_id) throw new Error(`${id} is not a member of staff`);
	return { ...account, organisation_id: account.organisation_id };
}

/** A browser's description of itself, as Firefox on Windows sends it. */
export const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** Someone at `ip`, in Firefox on Windows, as a route hands them on. */
export function visitorAt(ip: string): Visitor {
	return { ip, userAgent: firefoxOnWindows };
}

/** Someone signed in (part-way unless `verified`) as the account, through a new session from `visitor`. */
export async function signedIn(
	db: Kysely<Database>,
	accountId: string,
	visitor: Visitor,
	verified = true
): Promise<SessionActor & { token: string }> {
	const token = await createSession(db, accountId, verified, visitor);
	return { account: (await readAccount(db, accountId))!, sessionId: token.split('.')[0]!, ...visitor, token };
}
