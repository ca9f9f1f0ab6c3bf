import type { Kysely } from 'kysely';

/**
 * Sharing a plan with someone outside the school (a speech and language therapist of the NHS, say) in one
 * step: their job and whom they work for, written on the invitation and kept on the account it makes.
 * Both null for staff and for family members. Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	for (const table of ['invitation', 'account']) {
		await db.schema.alterTable(table).addColumn('professional_role', 'text').execute();
		await db.schema.alterTable(table).addColumn('professional_organisation', 'text').execute();
	}
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
