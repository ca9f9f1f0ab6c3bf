import type { Kysely } from 'kysely';

/**
 * The family's preferred language on the child (an ISO code, e.g. `pl` or `pa-Guru`) and whether they
 * need an interpreter; and the interpreters' translations of a plan's items, one per item and language,
 * with who translated each and when. Shown beside the English, never in its place.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('child').addColumn('family_language', 'text').execute();
	await db.schema
		.alterTable('child')
		.addColumn('needs_interpreter', 'integer', (col) => col.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createTable('item_translation')
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (col) => col.notNull())
		.addColumn('language_code', 'text', (col) => col.notNull())
		.addColumn('text', 'text', (col) => col.notNull())
		.addColumn('translated_by_name', 'text', (col) => col.notNull())
		.addColumn('translated_on', 'text', (col) => col.notNull())
		.addColumn('recorded_by', 'text', (col) => col.references('account.id').onDelete('set null'))
		.addColumn('recorded_at', 'text', (col) => col.notNull())
		.addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1))
		.addPrimaryKeyConstraint('item_translation_pk', ['plan_id', 'item_id', 'language_code'])
		.execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
