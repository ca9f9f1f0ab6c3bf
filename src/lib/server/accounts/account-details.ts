import type { Account } from '../db/accounts';
import { unusedRecoveryCodeCount } from '../auth/recovery-codes';
import { database } from '../db/app-database';
import { readOrganisation } from '../db/organisations';

/**
 * What the account page shows beyond the signed-in account itself: its organisation's name (none for a
 * family member) and how many recovery codes are left (none without an authenticator).
 */
export async function readAccountDetails(account: Account) {
	const db = database();
	const [organisation, recoveryCodesLeft] = await Promise.all([
		account.organisation_id ? readOrganisation(db, account.organisation_id) : undefined,
		account.totp_key ? unusedRecoveryCodeCount(db, account.id) : null
	]);
	return { organisationName: organisation?.name ?? null, recoveryCodesLeft };
}
