import type { Kysely } from 'kysely';

/**
 * Getting back in (issue 14). A session keeps the address it signed in from and the browser's own
 * description of itself (its User-Agent), so that its owner can tell their sessions apart and end one;
 * sessions started before this have neither. A password reset is a one-use link an admin makes for a
 * member to set a new password: like an invitation's, its token is stored only as a hash.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('session').addColumn('ip', 'text').execute();
	await db.schema.alterTable('session').addColumn('user_agent', 'text').execute();

	await db.schema
		.createTable('password_reset')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('token_hash', 'text', (col) => col.notNull().unique())
		.addColumn('account_id', 'text', (col) => col.notNull().references('account.id').onDelete('cascade'))
		.addColumn('made_by', 'text', (col) => col.notNull().references('account.id'))
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('expires_at', 'text', (col) => col.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('password_reset_account').on('password_reset').column('account_id').execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
