import { database } from '../db/app-database';

/** Whether this organisation's audit log records that the child was deleted (for the page shown afterwards). */
export async function childWasDeleted(organisationId: string, childId: string): Promise<boolean> {
	const row = await database()
		.selectFrom('audit_event')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('action', '=', 'child.deleted')
		.where('item', '=', `child:${childId}`)
		.executeTakeFirst();
	return row !== undefined;
}
