import type { Kysely } from 'kysely';

/**
 * A plan's audit rows in the order they were written, from a given row on: what a live reader of the plan
 * catches up from (`db/plan-change-feed.ts`). Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.createIndex('audit_event_plan_id').on('audit_event').columns(['plan_id', 'id']).execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
