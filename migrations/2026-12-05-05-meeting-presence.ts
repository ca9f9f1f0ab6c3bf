import type { Kysely } from 'kysely';

/**
 * Who has chosen to show that they have a meeting open, and when their page last read it: the meeting's
 * "here now", shared by every server on the database. A row exists only while someone opts in.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('meeting_presence')
		.addColumn('meeting_id', 'text', (col) => col.notNull().references('meeting.id').onDelete('cascade'))
		.addColumn('account_id', 'text', (col) => col.notNull().references('account.id').onDelete('cascade'))
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('seen_at', 'text', (col) => col.notNull())
		.addPrimaryKeyConstraint('meeting_presence_pk', ['meeting_id', 'account_id'])
		.execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
