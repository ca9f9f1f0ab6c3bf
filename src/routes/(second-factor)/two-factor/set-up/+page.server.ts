import { redirect } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors } from '$lib/forms/form-errors';
import { setUpSecondFactorSchema, totpKeyPattern } from '$lib/forms/set-up-second-factor';
import { setUpSecondFactor } from '$lib/server/accounts/set-up-second-factor';
import { setSessionCookie } from '$lib/server/auth/session';
import { newTotpKey, totpKeyUri } from '$lib/server/auth/totp';
import { sessionActor } from '$lib/server/actor';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

function keyDetails(key: string, email: string) {
	return {
		key,
		keyForReading: key.match(/.{1,4}/g)!.join(' '),
		qrSvg: renderSVG(totpKeyUri(key, email), { border: 2 })
	};
}

/** First sign-in: connect an authenticator app. Staff cannot reach any child's data before this. */
export const load: PageServerLoad = async ({ locals }) => {
	const auth = locals.auth!;
	// Once set up, this page stays (it shows the recovery codes after the form) but offers no new key.
	if (auth.account.totp_key && auth.session.two_factor_verified) return { alreadySetUp: true as const };
	if (auth.account.totp_key) redirect(303, '/sign-in/code');
	return { alreadySetUp: false as const, ...keyDetails(newTotpKey(), auth.account.email) };
};

export const actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const auth = locals.auth!;
		if (auth.account.totp_key) redirect(303, '/sign-in/code');
		const data = formInput(await request.formData(), setUpSecondFactorSchema);
		const parsed = v.safeParse(setUpSecondFactorSchema, data);
		// A refused form sends the same key back, so the app the person has just set up still matches.
		if (!parsed.success) {
			const key = typeof data.key === 'string' && totpKeyPattern.test(data.key) ? data.key : newTotpKey();
			return invalid(400, formErrors(parsed.issues), {}, keyDetails(key, auth.account.email));
		}
		const result = await setUpSecondFactor(parsed.output, sessionActor(auth, { request, getClientAddress }));
		if (!result.ok && result.reason === 'already-set-up') redirect(303, '/sign-in/code');
		if (!result.ok) {
			return invalid(
				400,
				{ code: 'That code is not right. Check the app shows Golden Thread and type the code it shows now.' },
				{},
				keyDetails(parsed.output.key, auth.account.email)
			);
		}
		setSessionCookie(cookies, result.sessionToken, url);
		return { recoveryCodes: result.recoveryCodes };
	}
} satisfies Actions;
