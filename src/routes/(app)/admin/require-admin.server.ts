import { error } from '@sveltejs/kit';
import type { StaffAccount } from '$lib/server/actor';
import type { ValidSession } from '$lib/server/auth/session';

/**
 * Admin pages exist only for admins: anyone else gets "Page not found", so the pages cannot be probed.
 * Every `load` and every action calls this first (actions do not run `load`).
 */
export function requireAdmin(auth: ValidSession | null): StaffAccount {
	const account = auth?.account;
	if (!account || account.role !== 'admin' || account.organisation_id === null) error(404, 'Not found');
	return account as StaffAccount;
}
