import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors } from '$lib/forms/form-errors';
import { codeSchema } from '$lib/forms/sign-in';
import { secondFactorStep } from '$lib/server/auth/guard';
import { safeNext } from '$lib/server/auth/safe-next';
import { setSessionCookie } from '$lib/server/auth/session';
import { sessionActor } from '$lib/server/actor';
import { invalid } from '$lib/server/form-failure';
import { enterSignInCode } from '$lib/server/sessions/enter-sign-in-code';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const auth = locals.auth!;
	if (auth.session.two_factor_verified) redirect(303, safeNext(url.searchParams.get('next')));
	if (!auth.account.totp_key) redirect(303, secondFactorStep(auth));
};

export const actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const auth = locals.auth!;
		const parsed = v.safeParse(codeSchema, formInput(await request.formData(), codeSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));
		const result = await enterSignInCode(parsed.output, sessionActor(auth, { request, getClientAddress }));
		if (!result.ok && result.reason === 'rate-limited') {
			return invalid(429, { form: 'There have been too many attempts to sign in. Wait 5 minutes and try again.' });
		}
		if (!result.ok) {
			return invalid(400, {
				code: 'That code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.'
			});
		}
		setSessionCookie(cookies, result.sessionToken, url);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
} satisfies Actions;
