import type { Kysely } from 'kysely';

/**
 * Notes the family (and the child through them) add between reviews: what's working, what's not, dated
 * and kept beside the agreed version without changing it. `review_id` stays null until a completed review
 * gathers the note; until then it counts as new for the team, and its writer may withdraw it.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('plan_note')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('written_by', 'text', (col) => col.references('account.id'))
		.addColumn('writer_name', 'text', (col) => col.notNull())
		.addColumn('written_at', 'text', (col) => col.notNull())
		.addColumn('said_by', 'text', (col) => col.notNull())
		.addColumn('working', 'text')
		.addColumn('not_working', 'text')
		.addColumn('review_id', 'text', (col) => col.references('review.id').onDelete('cascade'))
		.execute();
	await db.schema.createIndex('plan_note_plan').on('plan_note').columns(['plan_id', 'review_id']).execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
