import * as v from 'valibot';
import { changePasswordSchema } from '$lib/forms/change-password';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { readAccountDetails } from '$lib/server/accounts/account-details';
import { changePassword } from '$lib/server/accounts/change-password';
import { sessionActor } from '$lib/server/actor';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const account = locals.auth!.account;
	const { organisationName, recoveryCodesLeft } = await readAccountDetails(account);
	return {
		account: { name: account.name, email: account.email, role: account.role, organisationName },
		recoveryCodesLeft
	};
};

export const actions = {
	password: async ({ request, locals, getClientAddress }) => {
		const auth = locals.auth!;
		const parsed = v.safeParse(changePasswordSchema, formInput(await request.formData(), changePasswordSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));
		const result = await changePassword(parsed.output, sessionActor(auth, { request, getClientAddress }));
		if (!result.ok && result.reason === 'rate-limited') {
			return invalid(429, { form: 'There have been too many wrong passwords. Wait 5 minutes and try again.' });
		}
		if (!result.ok) return invalid(400, { currentPassword: 'Your current password is not right' });
		return { passwordChanged: true };
	}
} satisfies Actions;
