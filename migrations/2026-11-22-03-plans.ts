import type { Kysely } from 'kysely';

/**
 * Children, their plans and each plan's versions, the items of a version (one table, the fields of each
 * kind as JSON text: a whole plan loads in one query, whatever its size) and the links between items;
 * plan access and invitations. Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('child')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('organisation_id', 'text', (col) => col.notNull().references('organisation.id'))
		.addColumn('first_name', 'text', (col) => col.notNull())
		.addColumn('last_name', 'text', (col) => col.notNull())
		.addColumn('known_as', 'text')
		.addColumn('date_of_birth', 'text', (col) => col.notNull())
		.addColumn('pronouns', 'text')
		.addColumn('setting', 'text')
		.addColumn('communication', 'text')
		.addColumn('search_name', 'text', (col) => col.notNull())
		.addColumn('created_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema
		.createIndex('child_organisation_search')
		.on('child')
		.columns(['organisation_id', 'search_name'])
		.execute();

	await db.schema
		.createTable('plan')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('organisation_id', 'text', (col) => col.notNull().references('organisation.id'))
		.addColumn('child_id', 'text', (col) => col.notNull().references('child.id'))
		.addColumn('current_version_id', 'text')
		.addColumn('archived_at', 'text')
		.addColumn('archived_reason', 'text')
		.addColumn('created_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('plan_organisation').on('plan').column('organisation_id').execute();
	await db.schema.createIndex('plan_child').on('plan').column('child_id').execute();

	await db.schema
		.createTable('plan_version')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('number', 'integer', (col) => col.notNull())
		.addColumn('status', 'text', (col) => col.notNull())
		.addColumn('title', 'text', (col) => col.notNull())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('start_date', 'text', (col) => col.notNull())
		.addColumn('review_date', 'text')
		.addColumn('revision', 'integer', (col) => col.notNull())
		.addColumn('error_count', 'integer', (col) => col.notNull())
		.addColumn('warning_count', 'integer', (col) => col.notNull())
		.addColumn('agreed_at', 'text')
		.addColumn('agreed_by', 'text', (col) => col.references('account.id'))
		.addColumn('agreed_with', 'text')
		.addColumn('snapshot', 'text')
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addUniqueConstraint('plan_version_number', ['plan_id', 'number'])
		.execute();
	await db.schema.createIndex('plan_version_review_date').on('plan_version').column('review_date').execute();

	await db.schema
		.createTable('plan_item')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('parent_id', 'text', (col) => col.references('plan_item.id').onDelete('cascade'))
		.addColumn('lineage_id', 'text')
		.addColumn('position', 'integer', (col) => col.notNull())
		.addColumn('revision', 'integer', (col) => col.notNull())
		.addColumn('data', 'text', (col) => col.notNull())
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('updated_by', 'text', (col) => col.references('account.id'))
		.execute();
	await db.schema
		.createIndex('plan_item_version')
		.on('plan_item')
		.columns(['version_id', 'kind', 'position'])
		.execute();

	await db.schema
		.createTable('plan_link')
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('from_id', 'text', (col) => col.notNull().references('plan_item.id').onDelete('cascade'))
		.addColumn('to_id', 'text', (col) => col.notNull().references('plan_item.id').onDelete('cascade'))
		.addColumn('position', 'integer', (col) => col.notNull())
		.addPrimaryKeyConstraint('plan_link_pk', ['from_id', 'to_id'])
		.execute();
	await db.schema.createIndex('plan_link_version').on('plan_link').column('version_id').execute();
	await db.schema.createIndex('plan_link_to').on('plan_link').column('to_id').execute();

	await db.schema
		.createTable('plan_access')
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('account_id', 'text', (col) => col.notNull().references('account.id').onDelete('cascade'))
		.addColumn('level', 'text', (col) => col.notNull())
		.addColumn('granted_by', 'text', (col) => col.references('account.id'))
		.addColumn('granted_at', 'text', (col) => col.notNull())
		.addPrimaryKeyConstraint('plan_access_pk', ['plan_id', 'account_id'])
		.execute();
	await db.schema.createIndex('plan_access_account').on('plan_access').column('account_id').execute();

	await db.schema
		.createTable('invitation')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('token_hash', 'text', (col) => col.notNull().unique())
		.addColumn('organisation_id', 'text', (col) => col.notNull().references('organisation.id'))
		.addColumn('invited_by', 'text', (col) => col.notNull().references('account.id'))
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('email', 'text', (col) => col.notNull())
		.addColumn('role', 'text')
		.addColumn('plan_id', 'text', (col) => col.references('plan.id').onDelete('cascade'))
		.addColumn('plan_level', 'text')
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('expires_at', 'text', (col) => col.notNull())
		.addColumn('used_at', 'text')
		.addColumn('withdrawn_at', 'text')
		.execute();
	await db.schema.createIndex('invitation_organisation').on('invitation').column('organisation_id').execute();
}

export async function down(): Promise<void> {
	throw new Error('Plans cannot be rolled back.');
}
