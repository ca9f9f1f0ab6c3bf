import { redirect } from '@sveltejs/kit';
import { sessionActor } from '$lib/server/actor';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { signOut } from '$lib/server/sessions/sign-out';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST; a GET here changes nothing. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const auth = locals.auth;
		if (auth) await signOut(sessionActor(auth, { request, getClientAddress }));
		deleteSessionCookie(cookies, url);
		redirect(303, `/sign-in?notice=${url.searchParams.get('reason') === 'timed-out' ? 'timed-out' : 'signed-out'}`);
	}
} satisfies Actions;
