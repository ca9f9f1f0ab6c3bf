import { redirect } from '@sveltejs/kit';
import { hasBeenSetUp } from '$lib/server/accounts/has-been-set-up';
import type { PageServerLoad } from './$types';

/** The front door: your plans if signed in, set-up on a fresh install, otherwise sign-in. */
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.auth?.session.two_factor_verified) redirect(303, '/plans');
	if (!(await hasBeenSetUp())) redirect(303, '/setup');
	redirect(303, '/sign-in');
};
