import type { Kysely } from 'kysely';

/**
 * An index on a step's outcome: deleting an item cascades to the items whose `parent_id` it is, and
 * without the index every delete read the whole item table (881,000 rows at a local authority's scale).
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.createIndex('plan_item_parent').on('plan_item').column('parent_id').execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
