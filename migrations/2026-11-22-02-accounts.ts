import type { Kysely } from 'kysely';

/**
 * Accounts, their recovery codes and sessions, and sign-in attempts.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('account')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('email', 'text', (col) => col.notNull().unique())
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('password_hash', 'text', (col) => col.notNull())
		.addColumn('organisation_id', 'text', (col) => col.references('organisation.id'))
		.addColumn('role', 'text')
		.addColumn('totp_key', 'text')
		.addColumn('totp_last_counter', 'integer')
		.addColumn('disabled_at', 'text')
		.addColumn('created_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('account_organisation').on('account').column('organisation_id').execute();

	await db.schema
		.createTable('recovery_code')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('account_id', 'text', (col) => col.notNull().references('account.id').onDelete('cascade'))
		.addColumn('code_hash', 'text', (col) => col.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('recovery_code_account').on('recovery_code').column('account_id').execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('account_id', 'text', (col) => col.notNull().references('account.id').onDelete('cascade'))
		.addColumn('secret_hash', 'text', (col) => col.notNull())
		.addColumn('two_factor_verified', 'integer', (col) => col.notNull())
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('last_active_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('session_account').on('session').column('account_id').execute();

	await db.schema
		.createTable('sign_in_attempt')
		.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
		.addColumn('at', 'text', (col) => col.notNull())
		.addColumn('email', 'text', (col) => col.notNull())
		.addColumn('ip', 'text', (col) => col.notNull())
		.addColumn('succeeded', 'integer', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('sign_in_attempt_email_at').on('sign_in_attempt').columns(['email', 'at']).execute();
	await db.schema.createIndex('sign_in_attempt_ip_at').on('sign_in_attempt').columns(['ip', 'at']).execute();
}

export async function down(): Promise<void> {
	throw new Error('Accounts cannot be rolled back.');
}
