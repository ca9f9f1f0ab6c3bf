/**
 * Family members' accounts: no organisation, no role, and access to the plans they were invited to
 * (access.md). Such an account exists for those plans only, so it is closed when it has none left.
 */
import type { Executor } from './executor';

/** The family members (accounts of no organisation) given access to any of these plans, by id. */
export async function familyAccountsOfPlans(db: Executor, planIds: readonly string[]): Promise<string[]> {
	if (planIds.length === 0) return [];
	const rows = await db
		.selectFrom('plan_access')
		.innerJoin('account', 'account.id', 'plan_access.account_id')
		.select('account.id')
		.distinct()
		.where('plan_access.plan_id', 'in', planIds)
		.where('account.organisation_id', 'is', null)
		.orderBy('account.id')
		.execute();
	return rows.map((row) => row.id);
}

/** Of these family members' accounts, those with access to no plan at all, by id. */
export async function familyAccountsWithoutPlans(db: Executor, accountIds: readonly string[]): Promise<string[]> {
	if (accountIds.length === 0) return [];
	const rows = await db
		.selectFrom('account')
		.select('account.id')
		.where('account.id', 'in', accountIds)
		.where('account.organisation_id', 'is', null)
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('plan_access').select('plan_id').whereRef('plan_access.account_id', '=', 'account.id')))
		)
		.orderBy('account.id')
		.execute();
	return rows.map((row) => row.id);
}

/**
 * Deletes a family member's account; its sessions and recovery codes go with it (their foreign keys
 * cascade), so it is signed out everywhere at once. A family member can have changed plan items and a
 * review's views, written notes and said things in meetings (the "contribute" access; nothing else names them),
 * perhaps on a plan they no longer have access to: those rows keep their change and no longer say whose
 * account made it (the audit log still does, by id; a note keeps the name it was written under).
 */
export async function deleteFamilyAccount(db: Executor, accountId: string): Promise<boolean> {
	await db.updateTable('plan_item').set({ updated_by: null }).where('updated_by', '=', accountId).execute();
	await db.updateTable('review').set({ updated_by: null }).where('updated_by', '=', accountId).execute();
	await db.updateTable('plan_note').set({ written_by: null }).where('written_by', '=', accountId).execute();
	await db.updateTable('meeting_contribution').set({ written_by: null }).where('written_by', '=', accountId).execute();
	await db.updateTable('meeting_attendee').set({ account_id: null }).where('account_id', '=', accountId).execute();
	await db.updateTable('meeting_point').set({ added_by: null }).where('added_by', '=', accountId).execute();
	const result = await db
		.deleteFrom('account')
		.where('id', '=', accountId)
		.where('organisation_id', 'is', null)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}
