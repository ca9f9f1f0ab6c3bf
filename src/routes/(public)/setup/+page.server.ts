import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { setupSchema } from '$lib/forms/setup';
import { hasBeenSetUp } from '$lib/server/accounts/has-been-set-up';
import { setUpOrganisation } from '$lib/server/accounts/set-up-organisation';
import { requestVisitor } from '$lib/server/actor';
import { setSessionCookie } from '$lib/server/auth/session';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** First run only: once an organisation exists, this page is gone. */
export const load: PageServerLoad = async () => {
	if (await hasBeenSetUp()) error(404, 'Not found');
};

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		if (await hasBeenSetUp()) error(404, 'Not found');
		const data = await request.formData();
		const values = formValues(data, ['password', 'confirmPassword']);
		const parsed = v.safeParse(setupSchema, formInput(data, setupSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);

		const result = await setUpOrganisation(parsed.output, requestVisitor({ request, getClientAddress }));
		if (!result.ok) error(404, 'Not found');
		setSessionCookie(cookies, result.sessionToken, url);
		redirect(303, '/two-factor/set-up');
	}
} satisfies Actions;
