import { readMemberAccount } from '../db/accounts';
import { database } from '../db/app-database';

/** A member of the organisation, as the admin pages show them; undefined for an unknown id or another organisation's. */
export async function readMember(organisationId: string, accountId: string) {
	// Ids are 24 characters: anything far longer is not one.
	const account = accountId.length <= 64 ? await readMemberAccount(database(), organisationId, accountId) : undefined;
	if (!account) return undefined;
	return {
		id: account.id,
		name: account.name,
		email: account.email,
		role: account.role,
		disabled: account.disabled_at !== null,
		setUp: account.totp_key !== null
	};
}
