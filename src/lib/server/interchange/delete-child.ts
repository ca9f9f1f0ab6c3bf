import type { Kysely } from 'kysely';
import { recordAudit } from '../db/record-audit';
import { childKeys, deleteChildRecords } from '../db/child-records';
import type { Database } from '../db/schema';

/**
 * Deletes every row holding data about a child of the organisation (their details, plans, versions,
 * items, links, plan access and invitations) with the audit row 'child.deleted' naming the child's id
 * only, in one transaction. The audit log keeps its rows. False when there is no such child.
 */
export async function deleteChild(
	db: Kysely<Database>,
	input: { organisationId: string; accountId: string; childId: string; ip: string | null }
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const keys = await childKeys(trx, input.organisationId, input.childId);
		if (!keys) return false;
		await deleteChildRecords(trx, keys);
		await recordAudit(trx, {
			organisation_id: input.organisationId,
			account_id: input.accountId,
			plan_id: null,
			action: 'child.deleted',
			item: `child:${input.childId}`,
			ip: input.ip
		});
		return true;
	});
}

/** Whether this organisation's audit log records that the child was deleted (for the page shown afterwards). */
export async function childWasDeleted(db: Kysely<Database>, organisationId: string, childId: string): Promise<boolean> {
	const row = await db
		.selectFrom('audit_event')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('action', '=', 'child.deleted')
		.where('item', '=', `child:${childId}`)
		.executeTakeFirst();
	return row !== undefined;
}
