import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { reauthenticateSchema } from '$lib/forms/reauthenticate';
import { recordAudit } from '$lib/server/db/record-audit';
import { verifyPassword } from '$lib/server/auth/password';
import { recordSignInAttempt, signInBlocked } from '$lib/server/auth/rate-limit';
import { today } from '$lib/server/clock/clock';
import { database } from '$lib/server/db/app-database';
import { childKeys } from '$lib/server/db/child-records';
import { readOrganisation } from '$lib/server/db/organisations';
import { childRecordsAccount } from '$lib/server/interchange/child-access';
import { buildSubjectAccessZip } from '$lib/server/interchange/subject-access';
import { PdfPoolBusyError, renderPlanPdfOffThread } from '$lib/server/pdf/pool';
import type { RequestHandler } from './$types';

/**
 * Everything about one child as a zip (a subject access request), after the person re-enters their
 * password (access.md). A wrong password counts towards the sign-in rate limit. Posted by the child's
 * page; refusals go back to it with `?export=<reason>`, which it shows as an error.
 */
export const POST: RequestHandler = async (event) => {
	const account = childRecordsAccount(event);
	const { childId } = event.params;
	const db = database();
	if (!(await childKeys(db, account.organisation_id, childId))) error(404, 'Not found');
	const back = (reason: string) => redirect(303, `/children/${childId}?export=${reason}#download`);

	let password = '';
	try {
		const form = await event.request.formData();
		const value = form.get('password');
		password = typeof value === 'string' ? value : '';
	} catch {
		back('missing');
	}
	const parsed = v.safeParse(reauthenticateSchema, { password });
	if (!parsed.success) back(password === '' ? 'missing' : 'wrong');

	const ip = event.getClientAddress();
	if (await signInBlocked(db, account.email, ip)) back('blocked');
	if (!(await verifyPassword(account.password_hash, password))) {
		await recordSignInAttempt(db, account.email, ip, false);
		await recordAudit(db, {
			organisation_id: account.organisation_id,
			account_id: account.id,
			plan_id: null,
			action: 'reauthentication.failed',
			item: `child:${childId}`,
			ip
		});
		back('wrong');
	}

	const organisation = await readOrganisation(db, account.organisation_id);
	let zip: Awaited<ReturnType<typeof buildSubjectAccessZip>>;
	try {
		zip = await buildSubjectAccessZip(db, {
			organisationId: account.organisation_id,
			organisationName: organisation?.name ?? 'Golden Thread',
			childId,
			today: today(),
			renderPdf: renderPlanPdfOffThread
		});
	} catch (cause) {
		if (cause instanceof PdfPoolBusyError) back('busy');
		throw cause;
	}
	if (!zip) error(404, 'Not found');
	await recordAudit(db, {
		organisation_id: account.organisation_id,
		account_id: account.id,
		plan_id: null,
		action: 'child.exported',
		item: `child:${childId}`,
		ip
	});
	return new Response(new Blob([zip.bytes as Uint8Array<ArrayBuffer>]), {
		headers: {
			'Content-Type': 'application/zip',
			'Content-Disposition': `attachment; filename="${zip.fileName}"`,
			'Content-Length': String(zip.bytes.byteLength),
			'Cache-Control': 'no-store'
		}
	});
};
