import { error, type RequestEvent } from '@sveltejs/kit';
import type { StaffAccount } from '../actor';
import type { Account } from '../db/accounts';

/** Who may open a child's records: the active coordinators and admins of the child's organisation. */
export function mayOpenChildRecords(
	account: Pick<Account, 'organisation_id' | 'role' | 'disabled_at'>,
	organisationId: string,
	roles: ReadonlyArray<'coordinator' | 'admin'> = ['coordinator', 'admin']
): boolean {
	return (
		account.organisation_id === organisationId &&
		account.role !== null &&
		(roles as readonly string[]).includes(account.role) &&
		account.disabled_at === null
	);
}

/**
 * A child's records are for the coordinators and admins of the child's organisation only; anyone else
 * gets the same 404 as a child that is not there. (The child's organisation is checked by every query,
 * which reads the child within the account's organisation.)
 */
export function childRecordsAccount(
	event: Pick<RequestEvent, 'locals'>,
	roles: ReadonlyArray<'coordinator' | 'admin'> = ['coordinator', 'admin']
): StaffAccount {
	const account = event.locals.auth?.account;
	if (!account?.organisation_id || !mayOpenChildRecords(account, account.organisation_id, roles))
		error(404, 'Not found');
	return { ...account, organisation_id: account.organisation_id };
}
