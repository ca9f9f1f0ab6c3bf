/**
 * Use case: downloading everything about a child. Like every use case, it opens the app's database itself
 * (routes never hold it) and passes its transaction to the repositories, which take an `Executor`.
 */
import type { ReauthenticateInput } from '../../forms/reauthenticate';
import type { Actor, StaffAccount } from '../actor';
import { recordAudit } from '../db/record-audit';
import { verifyPassword } from '../auth/password';
import { markSignInAttemptSucceeded, reserveSignInAttempt } from '../auth/rate-limit';
import { today } from '../clock/clock';
import { database } from '../db/app-database';
import { childKeys } from '../db/child-records';
import { readOrganisation } from '../db/organisations';
import { buildSubjectAccessZip, type RenderPdf, type SubjectAccessZip } from '../interchange/subject-access';
import { PdfPoolBusyError, renderPlanPdfOffThread } from '../pdf/pool';

export type ExportChildRecordsResult =
	| ({ ok: true } & Pick<SubjectAccessZip, 'fileName' | 'bytes'>)
	| { ok: false; reason: 'not-found' | 'rate-limited' | 'wrong-password' | 'busy' };

/**
 * The zip of everything about a child of the organisation (a subject access request), once the person has
 * re-entered their password (access.md); recorded as 'child.exported'. A wrong password counts towards the
 * sign-in limit and is recorded as 'reauthentication.failed'. `renderPdf` defaults to the server's pool
 * of PDF workers, which refuses when too many PDFs are waiting ('busy').
 */
export async function exportChildRecords(
	childId: string,
	input: ReauthenticateInput,
	actor: Actor<StaffAccount>,
	renderPdf: RenderPdf = renderPlanPdfOffThread
): Promise<ExportChildRecordsResult> {
	const { account, ip } = actor;
	const organisationId = account.organisation_id;
	const db = database();
	if (!(await childKeys(db, organisationId, childId))) return { ok: false, reason: 'not-found' };
	const audit = {
		organisation_id: organisationId,
		account_id: account.id,
		plan_id: null,
		item: `child:${childId}`,
		ip
	};
	const attempt = await reserveSignInAttempt(db, account.email, ip);
	if (attempt === null) {
		await recordAudit(db, { ...audit, action: 'sign-in.rate-limited' });
		return { ok: false, reason: 'rate-limited' };
	}
	if (!(await verifyPassword(account.password_hash, input.password))) {
		await recordAudit(db, { ...audit, action: 'reauthentication.failed' });
		return { ok: false, reason: 'wrong-password' };
	}
	await markSignInAttemptSucceeded(db, attempt);

	const organisation = await readOrganisation(db, organisationId);
	let zip: SubjectAccessZip | undefined;
	try {
		zip = await buildSubjectAccessZip(db, {
			organisationId,
			organisationName: organisation?.name ?? 'Golden Thread',
			childId,
			today: today(),
			renderPdf
		});
	} catch (cause) {
		if (cause instanceof PdfPoolBusyError) return { ok: false, reason: 'busy' };
		throw cause;
	}
	// Deleted while the zip was being made.
	if (!zip) return { ok: false, reason: 'not-found' };
	await recordAudit(db, { ...audit, action: 'child.exported' });
	return { ok: true, fileName: zip.fileName, bytes: zip.bytes };
}
