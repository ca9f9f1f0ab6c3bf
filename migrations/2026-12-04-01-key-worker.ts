import type { Kysely } from 'kysely';

/**
 * A plan's key worker: the one member of staff the family and the team go to first, marked on their access
 * to the plan (1) rather than kept apart, so that withdrawing their access ends it too. At most one a plan,
 * which the use case that names them keeps. Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('plan_access')
		.addColumn('key_worker', 'integer', (column) => column.notNull().defaultTo(0))
		.execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
