import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { reauthenticateSchema } from '$lib/forms/reauthenticate';
import { childRecordsAccount } from '$lib/server/children/child-records-access';
import { readChildSummary } from '$lib/server/children/child-summary';
import { exportChildRecords } from '$lib/server/children/export-child-records';
import type { RequestHandler } from './$types';

/** Why a download was refused, as the child's page names it in `?export=`. */
const refusals = { 'rate-limited': 'blocked', 'wrong-password': 'wrong', busy: 'busy' } as const;

/**
 * Everything about one child as a zip (a subject access request), after the person re-enters their
 * password (access.md). A wrong password counts towards the sign-in rate limit. Posted by the child's
 * page; refusals go back to it with `?export=<reason>`, which it shows as an error.
 */
export const POST: RequestHandler = async (event) => {
	const account = childRecordsAccount(event);
	const { childId } = event.params;
	if (!(await readChildSummary(account.organisation_id, childId))) error(404, 'Not found');
	const back: (reason: string) => never = (reason) => redirect(303, `/children/${childId}?export=${reason}#download`);

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

	const result = await exportChildRecords(childId, parsed.output, { account, ip: event.getClientAddress() });
	if (!result.ok) {
		if (result.reason === 'not-found') error(404, 'Not found');
		back(refusals[result.reason]);
	}
	return new Response(new Blob([result.bytes as Uint8Array<ArrayBuffer>]), {
		headers: {
			'Content-Type': 'application/zip',
			'Content-Disposition': `attachment; filename="${result.fileName}"`,
			'Content-Length': String(result.bytes.byteLength),
			'Cache-Control': 'no-store'
		}
	});
};
