import type { Transaction } from 'kysely';
import type { AuditAction } from '../../audit-action-labels';
import { deleteChildRecords, type ChildKeys } from '../db/child-records';
import { deleteFamilyAccount, familyAccountsOfPlans, familyAccountsWithoutPlans } from '../db/family-accounts';
import { recordAudit } from '../db/record-audit';
import type { Database } from '../db/schema';

/** Who deleted the records and why, for the audit log: an admin, or the retention job (no account, no address). */
export interface Erasure {
	organisationId: string;
	action: Extract<AuditAction, `child.deleted${string}`>;
	accountId: string | null;
	ip: string | null;
}

/**
 * Deletes every row about the child, in the caller's transaction, with the audit row naming the child's
 * id only. Then closes the account of each family member invited to the child's plans who is left with
 * access to no plan ('family-account.closed', naming the account's id): the account was made for those
 * plans (access.md), and keeping it would keep a name, an email and a way to sign in for nothing.
 */
export async function eraseChildRecords(trx: Transaction<Database>, keys: ChildKeys, erasure: Erasure): Promise<void> {
	const family = await familyAccountsOfPlans(trx, keys.planIds);
	await deleteChildRecords(trx, keys);
	const audit = {
		organisation_id: erasure.organisationId,
		account_id: erasure.accountId,
		plan_id: null,
		ip: erasure.ip
	};
	await recordAudit(trx, { ...audit, action: erasure.action, item: `child:${keys.childId}` });
	for (const accountId of await familyAccountsWithoutPlans(trx, family)) {
		if (await deleteFamilyAccount(trx, accountId))
			await recordAudit(trx, { ...audit, action: 'family-account.closed', item: `account:${accountId}` });
	}
}
