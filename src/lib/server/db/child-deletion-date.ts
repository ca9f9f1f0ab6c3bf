import type { Executor } from './executor';

/**
 * Sets (or, with null, clears) the date an admin chose for deleting a child's records, for a child of the
 * organisation only. Returns whether the child was there.
 */
export async function setChildDeletionDate(
	db: Executor,
	organisationId: string,
	childId: string,
	deleteOn: string | null
): Promise<boolean> {
	const result = await db
		.updateTable('child')
		.set({ delete_on: deleteOn })
		.where('id', '=', childId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** The date set to delete a child of the organisation's records (null when none); undefined when there is no such child. */
export async function readChildDeletionDate(
	db: Executor,
	organisationId: string,
	childId: string
): Promise<string | null | undefined> {
	const child = await db
		.selectFrom('child')
		.select('delete_on')
		.where('id', '=', childId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return child?.delete_on;
}
