import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { signInSchema } from '$lib/forms/sign-in';
import { hasBeenSetUp } from '$lib/server/accounts/has-been-set-up';
import { requestVisitor } from '$lib/server/actor';
import { safeNext } from '$lib/server/auth/safe-next';
import { setSessionCookie } from '$lib/server/auth/session';
import { invalid } from '$lib/server/form-failure';
import { signInWithPassword } from '$lib/server/sessions/sign-in-with-password';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.auth?.session.two_factor_verified) redirect(303, safeNext(url.searchParams.get('next')));
	if (!(await hasBeenSetUp())) redirect(303, '/setup');
	return { notice: url.searchParams.get('notice') };
};

const refused = 'The email address or password is not right. Check them and try again.';

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const values = formValues(data, ['password']);
		const parsed = v.safeParse(signInSchema, formInput(data, signInSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);

		const result = await signInWithPassword(parsed.output, requestVisitor({ request, getClientAddress }));
		if (!result.ok && result.reason === 'rate-limited') {
			return invalid(
				429,
				{ form: 'There have been too many attempts to sign in. Wait 5 minutes and try again.' },
				values
			);
		}
		if (!result.ok) return invalid(400, { email: refused }, values);

		setSessionCookie(cookies, result.sessionToken, url);
		const next = safeNext(url.searchParams.get('next'));
		if (result.secondStep === 'none') redirect(303, next);
		redirect(
			303,
			result.secondStep === 'code' ? `/sign-in/code?next=${encodeURIComponent(next)}` : '/two-factor/set-up'
		);
	}
} satisfies Actions;
