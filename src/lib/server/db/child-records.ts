/**
 * Everything the app keeps about one child, table by table: what a subject access request gives back
 * and what deleting a child's records removes (access.md, "Keeping and giving back data").
 *
 * EVERY TABLE THAT REFERENCES A CHILD — directly, or through a plan, a version, an item… — MUST BE
 * LISTED IN `childRecordTables`. A test derives those tables from the database's own foreign keys and
 * fails when one is missing here (so a new `review` table, for instance, must be added with how its
 * rows are found and what the zip's README says about them).
 *
 * The audit log is not one of them: its rows hold ids and actions, no content, and are kept.
 */
import type { Transaction } from 'kysely';
import type { Database } from './schema';
import type { Executor } from './executor';

/** The ids a child's rows are found by. */
export interface ChildKeys {
	childId: string;
	planIds: string[];
	versionIds: string[];
}

type Column<T extends keyof Database> = keyof Database[T] & string;

/** One table holding data about a child: how its rows are found, and what they are, in plain English. */
interface RecordTable<T extends keyof Database> {
	table: T;
	/** The column that ties a row to the child, and which of the child's ids it holds. */
	column: Column<T>;
	by: keyof ChildKeys;
	/** The primary key: rows are given in its order, so the same records always give the same file. */
	key: readonly Column<T>[];
	/** For the zip's README: what this file holds. */
	description: string;
	/** Columns never given out (secrets, even hashed ones). */
	omit?: readonly Column<T>[];
}

/** Any one of the tables, its columns checked against that table. */
export type ChildRecordTable = { [T in keyof Database]: RecordTable<T> }[keyof Database];

/**
 * The tables, in the order rows are deleted (children of a row before the row). `plan_link` and
 * `plan_item` hang off a version; `plan_access` and `invitation` off a plan.
 */
export const childRecordTables: readonly ChildRecordTable[] = [
	{
		table: 'easy_read_text',
		column: 'plan_id',
		by: 'planIds',
		key: ['plan_id', 'item_id'],
		description:
			'The Easy Read words and picture of each part of the plan, written with the child, with who wrote them and the part’s own words then.'
	},
	{
		table: 'easy_read_check',
		column: 'plan_id',
		by: 'planIds',
		key: ['plan_id'],
		description: 'Who checked the Easy Read plan with the child, and on what day.'
	},
	{
		table: 'plan_seen',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description: 'Each time the child was shown their plan: the day, how, and what they said, in their words.'
	},
	{
		table: 'item_translation',
		column: 'plan_id',
		by: 'planIds',
		key: ['plan_id', 'item_id', 'language_code'],
		description:
			'Interpreters’ translations of the plans’ items into the family’s language: the words, who translated them and when, and who typed them in.'
	},
	{
		table: 'meeting_presence',
		column: 'plan_id',
		by: 'planIds',
		key: ['meeting_id', 'account_id'],
		description: 'Who chose to show others that they had a meeting open, and when their screen last read the meeting.'
	},
	{
		table: 'meeting_point',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'What meetings parked to come back to, and the actions they agreed: who does what, by when, and what each became.'
	},
	{
		table: 'meeting_contribution',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'What each person said in meetings on the plans, on which screen of the agenda, who helped them say it, and who wrote it down, when.'
	},
	{
		table: 'meeting_attendee',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description: 'Who was on each meeting’s list, their role, and whether they came or sent apologies.'
	},
	{
		table: 'meeting',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'The meetings held on the plans: planning or review, when they started and ended, how the child took part, and the check before agreeing (space, voice, audience, influence).'
	},
	{
		table: 'plan_note',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'Notes added between reviews: what’s working and what’s not, whose views they are, who wrote them and when, and which review took them in.'
	},
	{
		table: 'review',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'The reviews of the plans: the date, who took part, progress towards each outcome, the child’s and family’s views, and what changes next.'
	},
	{
		table: 'suggestion',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'Suggested changes to the words of the plans’ aspirations and About me entries: the words suggested, who suggested them and when, and who accepted or declined them.'
	},
	{
		table: 'plan_link',
		column: 'version_id',
		by: 'versionIds',
		key: ['from_id', 'to_id'],
		description:
			'The links between items of each version of the plans (which need an outcome meets, and so on), by item id.'
	},
	{
		table: 'plan_item',
		column: 'version_id',
		by: 'versionIds',
		key: ['id'],
		description:
			'Every item of every version of the plans (profile entries, team members, aspirations, needs, outcomes, steps, provision), as stored.'
	},
	{
		table: 'plan_version',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description: 'Every version of the plans: title, kind, dates, status, and when and by whom a version was agreed.'
	},
	{
		table: 'plan_access',
		column: 'plan_id',
		by: 'planIds',
		key: ['plan_id', 'account_id'],
		description:
			'Who has been given access to the plans (account ids and access levels, and which of them is the key worker), and when.'
	},
	{
		table: 'invitation',
		column: 'plan_id',
		by: 'planIds',
		key: ['id'],
		description:
			'Invitations to the plans: the name and email of the person invited, the access offered, and when it was made, used or withdrawn.',
		omit: ['token_hash']
	},
	{
		table: 'plan',
		column: 'child_id',
		by: 'childId',
		key: ['id'],
		description: 'The plans themselves: when each was started, and whether it has been archived and why.'
	},
	{
		table: 'child',
		column: 'id',
		by: 'childId',
		key: ['id'],
		description:
			'The child’s details: names, date of birth, pronouns, setting and how they communicate, the family’s language and whether they need an interpreter, and any date set for deleting these records.'
	}
];

/** The tables the collector reads, for the test that compares them with the database's own. */
export const childRecordTableNames = (): string[] => childRecordTables.map((entry) => entry.table);

/** The child with this id, found only within the organisation: another organisation's child is no child here. */
function organisationChild(db: Executor, organisationId: string, childId: string) {
	return db.selectFrom('child').where('id', '=', childId).where('organisation_id', '=', organisationId);
}

/** The child's plan and version ids, or undefined when there is no such child in the organisation. */
export async function childKeys(db: Executor, organisationId: string, childId: string): Promise<ChildKeys | undefined> {
	const child = await organisationChild(db, organisationId, childId).select('id').executeTakeFirst();
	if (!child) return undefined;
	const plans = await db
		.selectFrom('plan')
		.select('id')
		.where('child_id', '=', childId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const planIds = plans.map((plan) => plan.id);
	const versions =
		planIds.length === 0
			? []
			: await db
					.selectFrom('plan_version')
					.select('id')
					.where('plan_id', 'in', planIds)
					.orderBy('plan_id')
					.orderBy('number')
					.execute();
	return { childId, planIds, versionIds: versions.map((version) => version.id) };
}

function idsOf(keys: ChildKeys, by: keyof ChildKeys): string[] {
	const value = keys[by];
	return typeof value === 'string' ? [value] : value;
}

/** Databases allow a bounded number of parameters in one statement (SQLite's limit is the lowest). */
function chunks<T>(items: readonly T[], size = 500): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

export type RecordRow = Record<string, unknown>;

/** Every row of every table about the child, table by table (secret columns left out). */
export async function collectChildRecords(
	db: Executor,
	keys: ChildKeys
): Promise<Array<{ entry: ChildRecordTable; rows: RecordRow[] }>> {
	const out: Array<{ entry: ChildRecordTable; rows: RecordRow[] }> = [];
	for (const entry of childRecordTables) {
		const rows: RecordRow[] = [];
		for (const ids of chunks(idsOf(keys, entry.by))) {
			let query = db.selectFrom(entry.table).selectAll().where(db.dynamic.ref(entry.column), 'in', ids);
			for (const column of entry.key) query = query.orderBy(db.dynamic.ref(column));
			for (const row of await query.execute()) {
				for (const column of entry.omit ?? []) delete row[column];
				rows.push(row);
			}
		}
		out.push({ entry, rows });
	}
	return out;
}

/** The audit rows about the child: those of their plans, and those naming the child. Ids and actions only. */
export async function childAuditRows(db: Executor, organisationId: string, keys: ChildKeys) {
	return db
		.selectFrom('audit_event')
		.select(['id', 'at', 'action', 'account_id', 'plan_id', 'item'])
		.where('organisation_id', '=', organisationId)
		.where((eb) =>
			eb.or([
				...(keys.planIds.length > 0 ? [eb('plan_id', 'in', keys.planIds)] : []),
				eb('item', '=', `child:${keys.childId}`)
			])
		)
		.orderBy('id')
		.execute();
}

/**
 * Removes every row that holds data about the child, table by table, children of a row first. Run it
 * in the caller's transaction, with the audit row that records the deletion. Returns rows removed per table.
 */
export async function deleteChildRecords(trx: Transaction<Database>, keys: ChildKeys): Promise<Record<string, number>> {
	const removed: Record<string, number> = {};
	for (const entry of childRecordTables) {
		let count = 0;
		for (const ids of chunks(idsOf(keys, entry.by))) {
			const result = await trx
				.deleteFrom(entry.table)
				.where(trx.dynamic.ref(entry.column), 'in', ids)
				.executeTakeFirst();
			count += Number(result.numDeletedRows);
		}
		removed[entry.table] = count;
	}
	return removed;
}

/** The child's page: their details and their plans (current version's title and status), or undefined. */
export async function childSummary(db: Executor, organisationId: string, childId: string) {
	const child = await organisationChild(db, organisationId, childId).selectAll().executeTakeFirst();
	if (!child) return undefined;
	const plans = await db
		.selectFrom('plan')
		.leftJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.select((eb) => [
			'plan.id',
			'plan.archived_at',
			'plan_version.title',
			'plan_version.status',
			'plan_version.start_date',
			'plan_version.number',
			eb
				.selectFrom('plan_version as v')
				.select((c) => c.fn.countAll<number>().as('n'))
				.whereRef('v.plan_id', '=', 'plan.id')
				.as('version_count')
		])
		.where('plan.child_id', '=', childId)
		.orderBy('plan.created_at')
		.orderBy('plan.id')
		.execute();
	return { child, plans: plans.map((plan) => ({ ...plan, version_count: Number(plan.version_count ?? 0) })) };
}
