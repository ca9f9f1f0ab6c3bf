import { sql, type Kysely } from 'kysely';

/**
 * Reviews of an agreed plan version (reviews.md): who took part, progress on each outcome with its
 * evidence, the child's and the family's views, what changes next. A completed review names the version
 * it started. At most one open (draft) review per version.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('review')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('status', 'text', (col) => col.notNull())
		.addColumn('date', 'text', (col) => col.notNull())
		.addColumn('took_part', 'text', (col) => col.notNull())
		.addColumn('child_took_part', 'integer', (col) => col.notNull())
		.addColumn('family_took_part', 'integer', (col) => col.notNull())
		.addColumn('child_views_how', 'text', (col) => col.notNull())
		.addColumn('progress', 'text', (col) => col.notNull())
		.addColumn('child_views', 'text')
		.addColumn('family_views', 'text')
		.addColumn('changes_next', 'text')
		.addColumn('revision', 'integer', (col) => col.notNull())
		.addColumn('next_version_id', 'text', (col) => col.references('plan_version.id'))
		.addColumn('completed_at', 'text')
		.addColumn('completed_by', 'text', (col) => col.references('account.id'))
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('created_by', 'text', (col) => col.references('account.id'))
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('updated_by', 'text', (col) => col.references('account.id'))
		.execute();
	await db.schema.createIndex('review_plan').on('review').columns(['plan_id', 'date']).execute();
	await sql`CREATE UNIQUE INDEX review_open_per_version ON review (version_id) WHERE status = 'draft'`.execute(db);
}

export async function down(): Promise<void> {
	throw new Error('Reviews cannot be rolled back.');
}
