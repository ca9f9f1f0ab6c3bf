import type { Kysely } from 'kysely';

/**
 * What a contribution became in the plan, once the chair took it in: the item it was made into
 * (`aspiration:<id>`, `like-and-admire:<id>`…), so the meeting and its record say what changed because of
 * it, and the same words are not taken in twice. Null while it is only what was said.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('meeting_contribution').addColumn('became', 'text').execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
