import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Account } from '../db/accounts';
import type { ValidSession } from './session';

/**
 * Staff, and professionals from outside the organisation (staff of theirs, reaching a child's data), must
 * pass a second factor (access.md); family members only if they chose to set one up.
 */
export function needsSecondFactor(
	account: Pick<Account, 'organisation_id' | 'professional_role' | 'totp_key'>
): boolean {
	return account.organisation_id !== null || account.professional_role !== null || account.totp_key !== null;
}

/** Where a signed-in account that has not passed its second factor must go next. */
export function secondFactorStep(auth: ValidSession): string {
	return auth.account.totp_key ? '/sign-in/code' : '/two-factor/set-up';
}

/**
 * Route groups decide who may reach a page or action: `(app)` needs a full sign-in (second factor
 * passed: no child's data before it, ASVS 6.3.3), `(second-factor)` a session part-way through signing in.
 * Runs in `handle`, so it covers form actions too, which do not run `load`.
 */
export function guardRoute(event: RequestEvent): void {
	const routeId = event.route.id ?? '';
	const auth = event.locals.auth;
	if (routeId.startsWith('/(app)')) {
		if (!auth) redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		if (!auth.session.two_factor_verified) redirect(303, secondFactorStep(auth));
	} else if (routeId.startsWith('/(second-factor)')) {
		if (!auth) redirect(303, '/sign-in');
	}
}
