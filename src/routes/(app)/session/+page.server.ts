import { redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/safe-next';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/plans');

export const actions = {
	/** "Stay signed in": reaching here through the guard has already refreshed the session's activity. */
	extend: async ({ url }) => {
		redirect(303, safeNext(url.searchParams.get('next')));
	}
} satisfies Actions;
