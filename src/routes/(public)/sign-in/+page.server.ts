import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { signInSchema } from '$lib/forms/sign-in';
import { safeNext } from '$lib/server/auth/guard';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { checkPassword } from '$lib/server/auth/sign-in';
import { invalid } from '$lib/server/form-failure';
import { database } from '$lib/server/db/app-database';
import { hasAnyOrganisation } from '$lib/server/db/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.auth?.session.two_factor_verified) redirect(303, safeNext(url.searchParams.get('next')));
	if (!(await hasAnyOrganisation(database()))) redirect(303, '/setup');
	return { notice: url.searchParams.get('notice') };
};

const refused = 'The email address or password is not right. Check them and try again.';

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const values = formValues(data, ['password']);
		const parsed = v.safeParse(signInSchema, formInput(data, signInSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);

		const db = database();
		const result = await checkPassword(db, parsed.output.email, parsed.output.password, getClientAddress());
		if (result.outcome === 'rate-limited') {
			return invalid(
				429,
				{ form: 'There have been too many attempts to sign in. Wait 5 minutes and try again.' },
				values
			);
		}
		if (result.outcome === 'refused') return invalid(400, { email: refused }, values);

		const account = result.account;
		const needsCode = account.organisation_id !== null || account.totp_key !== null;
		setSessionCookie(cookies, await createSession(db, account.id, !needsCode), url);
		const next = safeNext(url.searchParams.get('next'));
		if (!needsCode) redirect(303, next);
		redirect(303, account.totp_key ? `/sign-in/code?next=${encodeURIComponent(next)}` : '/two-factor/set-up');
	}
} satisfies Actions;
