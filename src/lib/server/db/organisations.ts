import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, OrganisationTable } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Whether the install has been set up: the set-up page exists only until the first organisation does. */
export async function hasAnyOrganisation(db: Db): Promise<boolean> {
	const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
	return row !== undefined;
}

export async function createOrganisation(db: Db, organisation: Insertable<OrganisationTable>): Promise<void> {
	await db.insertInto('organisation').values(organisation).execute();
}

export async function readOrganisation(db: Db, id: string) {
	return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}
