import { now } from '$lib/server/clock/clock';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the navigation and the timeout warning. */
export const load: LayoutServerLoad = ({ locals }) => {
	const auth = locals.auth!;
	return {
		me: { name: auth.account.name, role: auth.account.role, staff: auth.account.organisation_id !== null },
		/** Relative, so that a browser whose clock is wrong still warns at the right moment. */
		sessionExpiresInMs: auth.expiresAt.getTime() - now().getTime()
	};
};
