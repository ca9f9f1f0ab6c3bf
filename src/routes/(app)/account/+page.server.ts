import * as v from 'valibot';
import { changePasswordSchema } from '$lib/forms/change-password';
import { formErrors } from '$lib/forms/form-errors';
import { formInput } from '$lib/forms/form-input';
import { recordAudit } from '$lib/server/db/record-audit';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { recordSignInAttempt, signInBlocked } from '$lib/server/auth/rate-limit';
import { unusedRecoveryCodeCount } from '$lib/server/auth/recovery-codes';
import { invalidateAccountSessions } from '$lib/server/auth/session';
import { setPasswordHash } from '$lib/server/db/accounts';
import { database } from '$lib/server/db/app-database';
import { readOrganisation } from '$lib/server/db/organisations';
import { invalid } from '$lib/server/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const account = locals.auth!.account;
	const db = database();
	const [organisation, recoveryCodesLeft] = await Promise.all([
		account.organisation_id ? readOrganisation(db, account.organisation_id) : undefined,
		account.totp_key ? unusedRecoveryCodeCount(db, account.id) : null
	]);
	return {
		account: {
			name: account.name,
			email: account.email,
			role: account.role,
			organisationName: organisation?.name ?? null
		},
		recoveryCodesLeft
	};
};

export const actions = {
	password: async ({ request, locals, getClientAddress }) => {
		const auth = locals.auth!;
		const parsed = v.safeParse(changePasswordSchema, formInput(await request.formData(), changePasswordSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues));
		const db = database();
		const ip = getClientAddress();
		// Guessing the current password counts towards the same limit as signing in.
		if (await signInBlocked(db, auth.account.email, ip)) {
			return invalid(429, { form: 'There have been too many wrong passwords. Wait 5 minutes and try again.' });
		}
		if (!(await verifyPassword(auth.account.password_hash, parsed.output.currentPassword))) {
			await recordSignInAttempt(db, auth.account.email, ip, false);
			return invalid(400, { currentPassword: 'Your current password is not right' });
		}

		const passwordHash = await hashPassword(parsed.output.password);
		await db.transaction().execute(async (trx) => {
			await setPasswordHash(trx, auth.account.id, passwordHash);
			// Anyone signed in elsewhere with the old password is signed out; this session carries on.
			await invalidateAccountSessions(trx, auth.account.id, auth.session.id);
			await recordAudit(trx, {
				organisation_id: auth.account.organisation_id,
				account_id: auth.account.id,
				plan_id: null,
				action: 'password.changed',
				item: null,
				ip
			});
		});
		return { passwordChanged: true };
	}
} satisfies Actions;
