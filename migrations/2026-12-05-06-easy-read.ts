import type { Kysely } from 'kysely';

/**
 * The plan for the child in Easy Read: each item's Easy Read words and picture, written by the team
 * with the child (kept beside the plan, not in its versions, so that an agreed plan can still be given
 * its Easy Read version); who checked the Easy Read version with the child; and each time the child was
 * shown their plan, how, and what they said.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('easy_read_text')
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (col) => col.notNull())
		.addColumn('text', 'text')
		.addColumn('picture', 'text')
		.addColumn('source_text', 'text', (col) => col.notNull())
		.addColumn('written_by', 'text', (col) => col.references('account.id'))
		.addColumn('writer_name', 'text', (col) => col.notNull())
		.addColumn('written_at', 'text', (col) => col.notNull())
		.addColumn('revision', 'integer', (col) => col.notNull())
		.addPrimaryKeyConstraint('easy_read_text_pk', ['plan_id', 'item_id'])
		.execute();
	await db.schema
		.createTable('easy_read_check')
		.addColumn('plan_id', 'text', (col) => col.primaryKey().references('plan.id').onDelete('cascade'))
		.addColumn('checked_by', 'text', (col) => col.notNull())
		.addColumn('checked_on', 'text', (col) => col.notNull())
		.addColumn('recorded_by', 'text', (col) => col.references('account.id'))
		.addColumn('recorder_name', 'text', (col) => col.notNull())
		.addColumn('recorded_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema
		.createTable('plan_seen')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('version_id', 'text', (col) => col.references('plan_version.id').onDelete('set null'))
		.addColumn('seen_on', 'text', (col) => col.notNull())
		.addColumn('how', 'text', (col) => col.notNull())
		.addColumn('said', 'text')
		.addColumn('recorded_by', 'text', (col) => col.references('account.id'))
		.addColumn('recorder_name', 'text', (col) => col.notNull())
		.addColumn('recorded_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('plan_seen_plan').on('plan_seen').columns(['plan_id', 'seen_on']).execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
