import type { Insertable, NotNull, Selectable } from 'kysely';
import type { OrganisationRole } from '../../roles';
import type { AccountTable } from './schema';
import type { Executor } from './executor';

/** An account as stored: a member of staff, or a family member invited to a plan. */
export type Account = Selectable<AccountTable>;

export async function findAccountByEmail(db: Executor, email: string) {
	return db.selectFrom('account').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function readAccount(db: Executor, id: string) {
	return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A member of the organisation's staff; undefined for an unknown id, or another organisation's account. */
export async function readMemberAccount(db: Executor, organisationId: string, id: string) {
	return db
		.selectFrom('account')
		.selectAll()
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
}

export async function createAccount(db: Executor, account: Insertable<AccountTable>): Promise<void> {
	await db
		.insertInto('account')
		.values({ ...account, email: account.email.toLowerCase() })
		.execute();
}

export async function setPasswordHash(db: Executor, accountId: string, passwordHash: string): Promise<void> {
	await db.updateTable('account').set({ password_hash: passwordHash }).where('id', '=', accountId).execute();
}

/** Sets up the authenticator: `sealedKey` is the key sealed (`secrets/sealed-text.ts`), never the key itself. */
export async function setTotpKey(db: Executor, accountId: string, sealedKey: string, counter: number): Promise<void> {
	await db
		.updateTable('account')
		.set({ totp_key: sealedKey, totp_last_counter: counter })
		.where('id', '=', accountId)
		.execute();
}

/** Every authenticator key as stored, by account: for sealing them at start and re-sealing them on rotation. */
export async function listTotpKeys(db: Executor) {
	return db
		.selectFrom('account')
		.select(['id', 'totp_key'])
		.where('totp_key', 'is not', null)
		.orderBy('id')
		.$narrowType<{ totp_key: NotNull }>()
		.execute();
}

/** Replaces the stored form of an account's authenticator key (the same key, sealed anew), leaving its counter. */
export async function replaceStoredTotpKey(db: Executor, accountId: string, stored: string): Promise<void> {
	await db.updateTable('account').set({ totp_key: stored }).where('id', '=', accountId).execute();
}

/** Forgets the authenticator: the account sets one up again at its next sign-in. */
export async function clearTotpKey(db: Executor, accountId: string): Promise<void> {
	await db
		.updateTable('account')
		.set({ totp_key: null, totp_last_counter: null })
		.where('id', '=', accountId)
		.execute();
}

/** Records the time step of an accepted code; a code of that step or earlier is refused from now on. */
export async function setTotpCounter(db: Executor, accountId: string, counter: number): Promise<void> {
	await db.updateTable('account').set({ totp_last_counter: counter }).where('id', '=', accountId).execute();
}

/** The organisation's members, staff only, by name. */
export async function listMembers(db: Executor, organisationId: string) {
	return db
		.selectFrom('account')
		.select(['id', 'name', 'email', 'role', 'disabled_at', 'created_at', 'totp_key'])
		.where('organisation_id', '=', organisationId)
		.orderBy('name')
		.execute();
}

export async function setRole(
	db: Executor,
	organisationId: string,
	accountId: string,
	role: OrganisationRole
): Promise<boolean> {
	const result = await db
		.updateTable('account')
		.set({ role })
		.where('id', '=', accountId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function disableAccount(
	db: Executor,
	organisationId: string,
	accountId: string,
	at: string
): Promise<boolean> {
	const result = await db
		.updateTable('account')
		.set({ disabled_at: at })
		.where('id', '=', accountId)
		.where('organisation_id', '=', organisationId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** How many active admins the organisation has: the last one cannot be disabled or demoted. */
export async function activeAdminCount(db: Executor, organisationId: string): Promise<number> {
	const row = await db
		.selectFrom('account')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('organisation_id', '=', organisationId)
		.where('role', '=', 'admin')
		.where('disabled_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}
