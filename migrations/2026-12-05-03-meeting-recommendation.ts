import type { Kysely } from 'kysely';

/**
 * What a meeting recommends and where people disagreed: for a review meeting, the review report's
 * recommendation (keep the plan, change it, or end it) and any differences of opinion (SEND Regulations
 * 2014, reg. 20); for any meeting, disagreements recorded in the open rather than smoothed over.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('meeting').addColumn('recommendation', 'text').execute();
	await db.schema.alterTable('meeting').addColumn('recommendation_detail', 'text').execute();
	await db.schema.alterTable('meeting').addColumn('differences', 'text').execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
