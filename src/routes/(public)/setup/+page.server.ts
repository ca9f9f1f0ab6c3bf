import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { formInput } from '$lib/forms/form-input';
import { formErrors, formValues } from '$lib/forms/form-errors';
import { setupSchema } from '$lib/forms/setup';
import { hashPassword } from '$lib/server/auth/password';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { newId } from '$lib/server/tokens/token';
import { recordAudit } from '$lib/server/db/record-audit';
import { now } from '$lib/server/clock/clock';
import { createAccount } from '$lib/server/db/accounts';
import { invalid } from '$lib/server/form-failure';
import { database } from '$lib/server/db/app-database';
import { createOrganisation, hasAnyOrganisation } from '$lib/server/db/organisations';
import type { Actions, PageServerLoad } from './$types';

/** First run only: once an organisation exists, this page is gone. */
export const load: PageServerLoad = async () => {
	if (await hasAnyOrganisation(database())) error(404, 'Not found');
};

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const db = database();
		if (await hasAnyOrganisation(db)) error(404, 'Not found');
		const data = await request.formData();
		const values = formValues(data, ['password', 'confirmPassword']);
		const parsed = v.safeParse(setupSchema, formInput(data, setupSchema));
		if (!parsed.success) return invalid(400, formErrors(parsed.issues), values);
		const input = parsed.output;

		const passwordHash = await hashPassword(input.password);
		const organisationId = newId();
		const accountId = newId();
		const at = now().toISOString();
		const created = await db.transaction().execute(async (trx) => {
			// Two people setting up at once: only the first wins.
			if (await hasAnyOrganisation(trx)) return false;
			await createOrganisation(trx, {
				id: organisationId,
				name: input.organisationName,
				kind: input.organisationKind,
				created_at: at
			});
			await createAccount(trx, {
				id: accountId,
				email: input.email,
				name: input.name,
				password_hash: passwordHash,
				organisation_id: organisationId,
				role: 'admin',
				totp_key: null,
				totp_last_counter: null,
				disabled_at: null,
				created_at: at
			});
			await recordAudit(trx, {
				organisation_id: organisationId,
				account_id: accountId,
				plan_id: null,
				action: 'organisation.set-up',
				item: null,
				ip: getClientAddress()
			});
			return true;
		});
		if (!created) error(404, 'Not found');

		setSessionCookie(cookies, await createSession(db, accountId, false), url);
		redirect(303, '/two-factor/set-up');
	}
} satisfies Actions;
