import { sql, type Kysely } from 'kysely';

/**
 * `content_revision` goes up with every change to a version's items and links, so that a server can
 * keep a parsed plan and know, from one small read, whether it is still current.
 *
 * The stored thread counts no longer include the date-dependent "review overdue" warning (the caseload
 * adds it on the day it is read). Counts stored before held it when the review date had already passed
 * at the time of the count (the row's `updated_at`): take it out of those.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('plan_version')
		.addColumn('content_revision', 'integer', (col) => col.notNull().defaultTo(0))
		.execute();
	await sql`UPDATE plan_version SET warning_count = warning_count - 1
		WHERE status = 'draft' AND warning_count > 0 AND review_date IS NOT NULL
		AND review_date < substr(updated_at, 1, 10)`.execute(db);
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
