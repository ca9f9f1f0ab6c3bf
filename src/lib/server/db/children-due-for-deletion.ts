/**
 * The queries of the daily retention job (access.md, "Keeping and giving back data"): which children's
 * records may be due for deletion, and taking one child's row before deleting it.
 */
import type { Executor } from './executor';

/** What the retention rule reads of a child, and whose organisation records the deletion. */
const dueColumns = ['id', 'organisation_id', 'date_of_birth', 'delete_on'] as const;

/**
 * Every organisation's children whose records may be due for deletion today: those with a date set for
 * it on or before `today`, and those born on or before `bornBy`. The caller decides each by the
 * retention rule, so `bornBy` may reach a little later than the rule does.
 */
export async function childrenMaybeDueForDeletion(db: Executor, today: string, bornBy: string) {
	return db
		.selectFrom('child')
		.select(dueColumns)
		.where((eb) => eb.or([eb('delete_on', '<=', today), eb('date_of_birth', '<=', bornBy)]))
		.orderBy('id')
		.execute();
}

/**
 * Takes the child's row for the caller's transaction, then reads it afresh: undefined when the child is
 * gone. Its first statement is a write that changes nothing, so that of two servers deleting the same
 * child at once the second waits for the first to finish and then finds no child: on SQLite a transaction
 * that writes first takes the one write lock before it reads anything (one that read first could not
 * write once another had committed), and on PostgreSQL the update locks the row.
 */
export async function takeChildForDeletion(db: Executor, childId: string) {
	const taken = await db
		.updateTable('child')
		.set((eb) => ({ delete_on: eb.ref('delete_on') }))
		.where('id', '=', childId)
		.executeTakeFirst();
	if (Number(taken.numUpdatedRows) === 0) return undefined;
	return db.selectFrom('child').select(dueColumns).where('id', '=', childId).executeTakeFirst();
}
