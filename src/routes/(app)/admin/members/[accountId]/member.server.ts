import { error } from '@sveltejs/kit';
import { readAccount } from '$lib/server/db/accounts';
import type { database } from '$lib/server/db/app-database';

/** A member of the admin's organisation, or "Page not found" (an unknown id, or another organisation's). */
export async function readMember(db: ReturnType<typeof database>, organisationId: string, accountId: string) {
	const account = accountId.length <= 64 ? await readAccount(db, accountId) : undefined;
	if (!account || account.organisation_id !== organisationId) error(404, 'Not found');
	return {
		id: account.id,
		name: account.name,
		email: account.email,
		role: account.role,
		disabled: account.disabled_at !== null,
		setUp: account.totp_key !== null
	};
}
