import { fail, redirect } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors } from '$lib/forms/form-errors';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { completeSignIn } from '$lib/server/auth/second-factor';
import { matchTotp, newTotpKey, totpKeyUri } from '$lib/server/auth/totp';
import { recordAudit } from '$lib/server/db/record-audit';
import { now } from '$lib/server/clock/clock';
import { setTotpKey } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import type { Actions, PageServerLoad } from './$types';

const confirmSchema = v.object({
	key: v.pipe(v.string(), v.regex(/^[A-Z2-7]{32}$/, 'Start again: the set-up key was not recognised')),
	code: v.pipe(
		v.string('Enter the 6-digit code'),
		v.trim(),
		v.nonEmpty('Enter the 6-digit code your authenticator app shows')
	)
});

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
		const data = formInput(await request.formData(), confirmSchema);
		const parsed = v.safeParse(confirmSchema, data);
		if (!parsed.success) {
			const key = data.key && /^[A-Z2-7]{32}$/.test(data.key) ? data.key : newTotpKey();
			return fail(400, { ...keyDetails(key, auth.account.email), errors: formErrors(parsed.issues) });
		}
		const { key, code } = parsed.output;
		const counter = matchTotp(key, code, now(), null);
		if (counter === null) {
			return fail(400, {
				...keyDetails(key, auth.account.email),
				errors: { code: 'That code is not right. Check the app shows Golden Thread and type the code it shows now.' }
			});
		}
		const db = database();
		const recoveryCodes = await db.transaction().execute(async (trx) => {
			await setTotpKey(trx, auth.account.id, key, counter);
			const codes = await issueRecoveryCodes(trx, auth.account.id);
			await recordAudit(trx, {
				organisation_id: auth.account.organisation_id,
				account_id: auth.account.id,
				plan_id: null,
				action: 'two-factor.set-up',
				item: null,
				ip: getClientAddress()
			});
			return codes;
		});
		await completeSignIn(db, auth, cookies, url);
		return { recoveryCodes };
	}
} satisfies Actions;
