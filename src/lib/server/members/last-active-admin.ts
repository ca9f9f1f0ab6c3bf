import type { Account } from '../db/accounts';
import { activeAdminCount } from '../db/accounts';
import type { Executor } from '../db/executor';

/**
 * Whether the member is their organisation's last active admin. Someone must remain able to manage
 * members, so the last one can be neither demoted nor disabled.
 */
export async function isLastActiveAdmin(
	db: Executor,
	member: Pick<Account, 'organisation_id' | 'role' | 'disabled_at'>
): Promise<boolean> {
	return (
		member.role === 'admin' &&
		member.disabled_at === null &&
		member.organisation_id !== null &&
		(await activeAdminCount(db, member.organisation_id)) <= 1
	);
}
