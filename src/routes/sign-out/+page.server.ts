import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/db/record-audit';
import { database } from '$lib/server/db/app-database';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST; a GET here changes nothing. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async ({ locals, cookies, url, getClientAddress }) => {
		const auth = locals.auth;
		if (auth) {
			const db = database();
			await invalidateSession(db, auth.session.id);
			await recordAudit(db, {
				organisation_id: auth.account.organisation_id,
				account_id: auth.account.id,
				plan_id: null,
				action: 'sign-out',
				item: null,
				ip: getClientAddress()
			});
		}
		deleteSessionCookie(cookies, url);
		redirect(303, `/sign-in?notice=${url.searchParams.get('reason') === 'timed-out' ? 'timed-out' : 'signed-out'}`);
	}
} satisfies Actions;
