import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { changePasswordSchema } from '$lib/forms/change-password';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { endSessionSchema } from '$lib/forms/sessions';
import { readAccountDetails } from '$lib/server/accounts/account-details';
import { changePassword } from '$lib/server/accounts/change-password';
import { sessionActor } from '$lib/server/actor';
import { invalid } from '$lib/server/form-failure';
import { endOtherSessions } from '$lib/server/sessions/end-other-sessions';
import { endSession } from '$lib/server/sessions/end-session';
import { readOwnSessions } from '$lib/server/sessions/own-sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { account, session } = locals.auth!;
	const [{ organisationName, recoveryCodesLeft }, sessions] = await Promise.all([
		readAccountDetails(account),
		readOwnSessions({ account, sessionId: session.id })
	]);
	return {
		account: { name: account.name, email: account.email, role: account.role, organisationName },
		recoveryCodesLeft,
		sessions
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
	},

	endSession: async ({ request, locals, getClientAddress }) => {
		const auth = locals.auth!;
		const parsed = v.safeParse(endSessionSchema, formInput(await request.formData(), endSessionSchema));
		if (!parsed.success) error(404, 'Not found');
		const result = await endSession(parsed.output, sessionActor(auth, { request, getClientAddress }));
		// Not one of this person's other sessions: most likely it ended meanwhile (timed out, signed out
		// there). The list, drawn again, shows it gone either way; whose it was is not said.
		return { sessionEnded: result.ok };
	},

	endOtherSessions: async ({ request, locals, getClientAddress }) => {
		const { ended } = await endOtherSessions(sessionActor(locals.auth!, { request, getClientAddress }));
		return { otherSessionsEnded: ended };
	}
} satisfies Actions;
