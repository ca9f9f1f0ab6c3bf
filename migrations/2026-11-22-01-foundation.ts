import { sql, type Kysely } from 'kysely';

/** Organisations and the append-only audit log. Frozen: never edit a migration once it has landed. */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('organisation')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('created_at', 'text', (col) => col.notNull())
		.execute();

	await db.schema
		.createTable('audit_event')
		.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
		.addColumn('at', 'text', (col) => col.notNull())
		.addColumn('organisation_id', 'text', (col) => col.references('organisation.id'))
		.addColumn('account_id', 'text')
		.addColumn('plan_id', 'text')
		.addColumn('action', 'text', (col) => col.notNull())
		.addColumn('item', 'text')
		.addColumn('ip', 'text')
		.execute();
	await db.schema
		.createIndex('audit_event_organisation_at')
		.on('audit_event')
		.columns(['organisation_id', 'at'])
		.execute();
	await db.schema.createIndex('audit_event_plan').on('audit_event').column('plan_id').execute();

	// Append-only, enforced by the database itself so that no code path can rewrite history.
	await sql`CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
		BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
	await sql`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
		BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
}

export async function down(): Promise<void> {
	throw new Error('The foundation cannot be rolled back.');
}
