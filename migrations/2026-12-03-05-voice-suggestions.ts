import type { Kysely } from 'kysely';

/**
 * Suggested changes to someone else's words (an aspiration or an About me entry), kept beside the
 * original until the person who said them accepts or declines, or an editor does with them
 * (`decided_with` records who agreed, in the meeting). `item_revision` is the item's revision the
 * suggestion was made against: a suggestion for words that have changed since is refused.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('suggestion')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (col) => col.notNull().references('plan_item.id').onDelete('cascade'))
		.addColumn('item_revision', 'integer', (col) => col.notNull())
		.addColumn('text', 'text', (col) => col.notNull())
		.addColumn('suggested_by', 'text', (col) => col.references('account.id').onDelete('set null'))
		.addColumn('suggested_by_name', 'text', (col) => col.notNull())
		.addColumn('suggested_at', 'text', (col) => col.notNull())
		.addColumn('status', 'text', (col) => col.notNull())
		.addColumn('decided_by', 'text', (col) => col.references('account.id').onDelete('set null'))
		.addColumn('decided_by_name', 'text')
		.addColumn('decided_at', 'text')
		.addColumn('decided_with', 'text')
		.execute();
	await db.schema.createIndex('suggestion_version').on('suggestion').columns(['version_id', 'status']).execute();
	await db.schema.createIndex('suggestion_item').on('suggestion').column('item_id').execute();
	await db.schema.createIndex('suggestion_plan').on('suggestion').column('plan_id').execute();
}

export async function down(): Promise<void> {
	throw new Error('Suggestions cannot be rolled back.');
}
