import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { newPasswordSchema } from '$lib/forms/new-password';
import { requestVisitor } from '$lib/server/actor';
import { invalid } from '$lib/server/form-failure';
import { readPasswordReset } from '$lib/server/password-resets/read-password-reset';
import { setNewPassword } from '$lib/server/password-resets/set-new-password';
import type { Actions, PageServerLoad } from './$types';

const askAgain =
	'If you still need to set a new password, ask your organisation’s Golden Thread administrator for a new link.';

/**
 * The open link behind a token, or the plain page that says why it cannot be used: 404 for a token that
 * is not (or no longer) one, 410 for one used or expired. Like invitations, not rate-limited: a token is
 * 160 random bits, beyond guessing.
 */
async function openReset(token: string) {
	const lookup = await readPasswordReset(token);
	if (!lookup.found)
		error(
			404,
			`This link is not right. Check you copied the whole link. A link also stops working when a newer one is made for you. ${askAgain}`
		);
	if (lookup.state === 'used') error(410, `This link has already been used. ${askAgain}`);
	if (lookup.state === 'expired')
		error(410, `This link has expired: links to set a new password work for 24 hours. ${askAgain}`);
	return lookup.reset;
}

export const load: PageServerLoad = async ({ params }) => {
	const reset = await openReset(params.token);
	return { account: { name: reset.name, email: reset.email } };
};

export const actions = {
	default: async ({ request, params, getClientAddress }) => {
		const reset = await openReset(params.token);
		const parsed = v.safeParse(newPasswordSchema, formInput(await request.formData(), newPasswordSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));

		const result = await setNewPassword(reset, parsed.output, requestVisitor({ request, getClientAddress }));
		// Used, expired or disabled meanwhile: the page says which, as it would have on opening the link.
		if (!result.ok) await openReset(params.token);
		redirect(303, '/sign-in?notice=password-set');
	}
} satisfies Actions;
