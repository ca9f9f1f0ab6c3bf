import type { Kysely } from 'kysely';

/**
 * The date an admin has set for deleting a child's records sooner than their 31st birthday (access.md,
 * "Keeping and giving back data"); null when none is set. The daily retention job looks children up by it.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('child').addColumn('delete_on', 'text').execute();
	await db.schema.createIndex('child_delete_on').on('child').column('delete_on').execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
