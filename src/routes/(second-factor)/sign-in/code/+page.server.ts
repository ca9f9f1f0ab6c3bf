import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors } from '$lib/forms/form-errors';
import { codeSchema } from '$lib/forms/sign-in';
import { safeNext, secondFactorStep } from '$lib/server/auth/guard';
import { checkSecondFactor, completeSignIn } from '$lib/server/auth/second-factor';
import { invalid } from '$lib/server/form-failure';
import { database } from '$lib/server/db/app-database';
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
		const db = database();
		const result = await checkSecondFactor(db, auth, parsed.output.code, getClientAddress());
		if (result === 'rate-limited') {
			return invalid(429, { form: 'There have been too many attempts to sign in. Wait 5 minutes and try again.' });
		}
		if (result === 'refused') {
			return invalid(400, {
				code: 'That code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.'
			});
		}
		await completeSignIn(db, auth, cookies, url);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
} satisfies Actions;
