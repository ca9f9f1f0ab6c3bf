import type { Insertable } from 'kysely';
import type { OrganisationTable } from './schema';
import type { Executor } from './executor';

/** Whether the install has been set up: the set-up page exists only until the first organisation does. */
export async function hasAnyOrganisation(db: Executor): Promise<boolean> {
	const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
	return row !== undefined;
}

export async function createOrganisation(db: Executor, organisation: Insertable<OrganisationTable>): Promise<void> {
	await db.insertInto('organisation').values(organisation).execute();
}

export async function readOrganisation(db: Executor, id: string) {
	return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}
