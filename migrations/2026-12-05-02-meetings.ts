import type { Kysely } from 'kysely';

/**
 * Meetings held on a plan (meeting mode): who came and how the child took part, the agenda screen the
 * chair has everyone on, what each person said there, attributed to them, what was parked to come back to
 * and the actions agreed, and the check before agreeing (Lundy's space, voice, audience and influence).
 * Every table carries the plan's id, so a child's records are found and deleted with their plans.
 * Frozen: never edit a migration once it has landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('meeting')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('version_id', 'text', (col) => col.notNull().references('plan_version.id').onDelete('cascade'))
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('started_by', 'text', (col) => col.references('account.id'))
		.addColumn('started_at', 'text', (col) => col.notNull())
		.addColumn('ended_at', 'text')
		.addColumn('screen', 'text', (col) => col.notNull())
		.addColumn('child_took_part', 'text')
		.addColumn('child_took_part_how', 'text')
		.addColumn('review_id', 'text', (col) => col.references('review.id').onDelete('set null'))
		.addColumn('check_space', 'text')
		.addColumn('check_voice', 'text')
		.addColumn('check_audience', 'text')
		.addColumn('check_influence', 'text')
		.execute();
	await db.schema.createIndex('meeting_plan').on('meeting').columns(['plan_id', 'started_at']).execute();
	await db.schema
		.createTable('meeting_attendee')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('meeting_id', 'text', (col) => col.notNull().references('meeting.id').onDelete('cascade'))
		.addColumn('position', 'integer', (col) => col.notNull())
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('role', 'text', (col) => col.notNull())
		.addColumn('is_child', 'integer', (col) => col.notNull().defaultTo(0))
		.addColumn('team_member_id', 'text')
		.addColumn('account_id', 'text', (col) => col.references('account.id'))
		.addColumn('attendance', 'text')
		.execute();
	await db.schema.createIndex('meeting_attendee_meeting').on('meeting_attendee').columns(['meeting_id']).execute();
	await db.schema
		.createTable('meeting_contribution')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('meeting_id', 'text', (col) => col.notNull().references('meeting.id').onDelete('cascade'))
		.addColumn('position', 'integer', (col) => col.notNull())
		.addColumn('screen', 'text', (col) => col.notNull())
		.addColumn('attendee_id', 'text', (col) => col.notNull().references('meeting_attendee.id').onDelete('cascade'))
		.addColumn('supported_by', 'text')
		.addColumn('text', 'text', (col) => col.notNull())
		.addColumn('written_by', 'text', (col) => col.references('account.id'))
		.addColumn('writer_name', 'text', (col) => col.notNull())
		.addColumn('written_at', 'text', (col) => col.notNull())
		.execute();
	await db.schema
		.createIndex('meeting_contribution_meeting')
		.on('meeting_contribution')
		.columns(['meeting_id', 'position'])
		.execute();
	await db.schema
		.createTable('meeting_point')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('plan_id', 'text', (col) => col.notNull().references('plan.id').onDelete('cascade'))
		.addColumn('meeting_id', 'text', (col) => col.notNull().references('meeting.id').onDelete('cascade'))
		.addColumn('position', 'integer', (col) => col.notNull())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('text', 'text', (col) => col.notNull())
		.addColumn('who', 'text')
		.addColumn('by_when', 'text')
		.addColumn('added_by', 'text', (col) => col.references('account.id'))
		.addColumn('adder_name', 'text', (col) => col.notNull())
		.addColumn('added_at', 'text', (col) => col.notNull())
		.addColumn('settled_at', 'text')
		.addColumn('became', 'text')
		.execute();
	await db.schema
		.createIndex('meeting_point_meeting')
		.on('meeting_point')
		.columns(['meeting_id', 'added_at'])
		.execute();
}

export async function down(): Promise<void> {
	throw new Error('This migration cannot be rolled back.');
}
