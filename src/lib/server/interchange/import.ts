/**
 * Bringing a plan in from a file (design/plan-format.md): read and check it without saving anything,
 * then, once a coordinator has seen the preview and confirmed, save it as a new draft plan in one
 * transaction with its audit row. The confirmed document comes back from the browser, so it is read
 * and checked again from the start: nothing the browser sends is trusted.
 */
import type { Kysely } from 'kysely';
import { parsePlanDocument, type PlanDocument } from '../../plan/document';
import { withoutAccountIds } from '../../plan/without-account-ids';
import { checkThread } from '../../thread/checker/check';
import type { Finding } from '../../thread/finding';
import { recordAudit } from '../db/record-audit';
import { insertPlanDocument } from '../db/plan-create';
import type { Database } from '../db/schema';
import type { StarterContext } from '../plans/account-context';
import { accountAuditEvent } from '../plans/audit-events';
import { describeLocation, subjectPath } from './problem-location';
import { inTransaction } from '../db/in-transaction';

/** The most a plan file (or pasted plan) may be: 1 MB (access.md). */
export const IMPORT_MAX_BYTES = 1024 * 1024;

/** One reason a file cannot be brought in, where it is and what is wrong. */
export interface ImportProblem {
	/** The path in the document (`outcomes[1].targetDate`), or `""` for the file as a whole. */
	path: string;
	/** Where, in plain English: "Outcome 2, target date". */
	location: string;
	message: string;
}

/** How many of each thing the plan holds, for the preview. */
export interface ImportCounts {
	profile: number;
	team: number;
	aspirations: number;
	needs: number;
	outcomes: number;
	steps: number;
	provision: number;
}

/** A child already in this organisation with the same names and date of birth. */
export interface PossibleDuplicate {
	id: string;
	firstName: string;
	lastName: string;
	dateOfBirth: string;
	planCount: number;
}

export type ImportRefusal = { ok: false; status: 400 | 413; problems: ImportProblem[] };

/** A plan that can be brought in: what the preview shows, and the document to carry to the confirm form. */
export interface ImportPreview {
	ok: true;
	document: PlanDocument;
	/** The checked document as compact JSON, for the preview's hidden field. */
	json: string;
	/** The thread's findings (none of them broken links): shown, but they do not stop the import. */
	findings: Finding[];
	counts: ImportCounts;
	duplicates: PossibleDuplicate[];
}

function refuse(status: 400 | 413, message: string, path = ''): ImportRefusal {
	return { ok: false, status, problems: [{ path, location: describeLocation(path), message }] };
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

const tooLarge = (bytes: number) =>
	refuse(
		413,
		`This plan is ${megabytes(bytes)} MB. The most that can be brought in is 1 MB. Check it is a Golden Thread plan file, not a PDF or a document with pictures.`
	);

/**
 * The text of an uploaded file or a pasted plan, refused when it is larger than 1 MB (checked before
 * anything reads it), is not UTF-8 text, or is empty. Pasted text has its line endings put back to `\n`
 * first: browsers send a text area's line breaks as `\r\n`.
 */
export function decodeImport(input: Uint8Array | string): { ok: true; text: string } | ImportRefusal {
	if (typeof input === 'string') {
		const text = input.replace(/\r\n/g, '\n');
		const bytes = Buffer.byteLength(text, 'utf8');
		if (bytes > IMPORT_MAX_BYTES) return tooLarge(bytes);
		if (text.trim() === '')
			return refuse(400, 'Nothing was pasted. Paste the whole plan, starting with { and ending with }.');
		return { ok: true, text };
	}
	if (input.byteLength > IMPORT_MAX_BYTES) return tooLarge(input.byteLength);
	if (input.byteLength === 0)
		return refuse(400, 'The file is empty. Choose the plan file exported from the other system.');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(input);
	} catch {
		return refuse(
			400,
			'This file is not a plan: it is not text (UTF-8). Choose the .json file exported from the other system, not a PDF, Word or spreadsheet file.'
		);
	}
	if (text.trim() === '') return refuse(400, 'The file is empty. Choose the plan file exported from the other system.');
	return { ok: true, text };
}

/** The line and column of a JSON syntax error, when the engine says where it is. */
function whereInText(text: string, message: string): string {
	const match = /position (\d+)/.exec(message);
	if (!match) return '';
	const position = Math.min(Number(match[1]), text.length);
	const before = text.slice(0, position);
	const line = before.split('\n').length;
	const column = position - before.lastIndexOf('\n');
	return ` The first mistake is on line ${line.toLocaleString('en-GB')}, at character ${column.toLocaleString('en-GB')}.`;
}

const counts = (document: PlanDocument): ImportCounts => ({
	profile:
		(document.profile?.likeAndAdmire?.length ?? 0) +
		(document.profile?.important?.length ?? 0) +
		(document.profile?.support?.length ?? 0),
	team: document.team.length,
	aspirations: document.aspirations.length,
	needs: document.needs.length,
	outcomes: document.outcomes.length,
	steps: document.outcomes.reduce((total, outcome) => total + outcome.steps.length, 0),
	provision: document.provision.length
});

/**
 * Reads and checks a plan's text: JSON, the interchange format, and no broken links. Saves nothing and
 * never throws for any text.
 */
export function readPlanText(
	text: string,
	options: { today: string }
): { ok: true; document: PlanDocument; json: string; findings: Finding[]; counts: ImportCounts } | ImportRefusal {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return refuse(
			400,
			`This is not a plan file: it is not valid JSON. It may have been cut short or changed by hand.${whereInText(text, error instanceof Error ? error.message : '')} Export it again from the other system.`
		);
	}
	const parsed = parsePlanDocument(json, options);
	if (!parsed.ok) {
		return {
			ok: false,
			status: 400,
			problems: parsed.problems.map(({ path, message }) => ({ path, location: describeLocation(path), message }))
		};
	}
	const document = withoutAccountIds(parsed.plan);
	const all = checkThread(document, options);
	const broken = all.filter((finding) => finding.rule === 'broken-link');
	if (broken.length > 0) {
		return {
			ok: false,
			status: 400,
			problems: broken.map((finding) => {
				const path = subjectPath(document, finding.subject);
				return { path, location: describeLocation(path), message: finding.message };
			})
		};
	}
	return { ok: true, document, json: JSON.stringify(document), findings: all, counts: counts(document) };
}

/** Children of the organisation with the same first and last names (ignoring case) and date of birth. */
export async function findPossibleDuplicates(
	db: Kysely<Database>,
	organisationId: string,
	child: PlanDocument['child']
): Promise<PossibleDuplicate[]> {
	const rows = await db
		.selectFrom('child')
		.select((eb) => [
			'child.id',
			'child.first_name',
			'child.last_name',
			'child.date_of_birth',
			eb
				.selectFrom('plan')
				.select((count) => count.fn.countAll<number>().as('n'))
				.whereRef('plan.child_id', '=', 'child.id')
				.as('plan_count')
		])
		.where('child.organisation_id', '=', organisationId)
		.where('child.date_of_birth', '=', child.dateOfBirth)
		.orderBy('child.created_at')
		.execute();
	const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
	return rows
		.filter((row) => same(row.first_name, child.firstName) && same(row.last_name, child.lastName))
		.map((row) => ({
			id: row.id,
			firstName: row.first_name,
			lastName: row.last_name,
			dateOfBirth: row.date_of_birth,
			planCount: Number(row.plan_count ?? 0)
		}));
}

/** Step one: reads an upload or a paste and, if it can be brought in, what the preview shows. Saves nothing. */
export async function checkImport(
	db: Kysely<Database>,
	input: { organisationId: string; content: Uint8Array | string; today: string }
): Promise<ImportPreview | ImportRefusal> {
	const decoded = decodeImport(input.content);
	if (!decoded.ok) return decoded;
	const read = readPlanText(decoded.text, { today: input.today });
	if (!read.ok) return read;
	return { ...read, duplicates: await findPossibleDuplicates(db, input.organisationId, read.document.child) };
}

/** What the coordinator chose when a child with the same details is already here. */
export type ChildChoice = { kind: 'new' } | { kind: 'existing'; childId: string } | { kind: 'none' };

export type ConfirmResult =
	| ImportRefusal
	| (ImportPreview & { saved: false; choiceError: string })
	| { ok: true; saved: true; planId: string; childId: string };

/**
 * Step two: the confirmed document, read and checked again, saved as a draft version 1 of a new plan
 * (whatever status it had) with its audit row, in one transaction. When a child with the same details
 * is already in the organisation, the coordinator must have chosen: add the plan to that child (only
 * one of the children found here: an id from the form is never trusted), or create a new child.
 */
export async function confirmImport(
	ctx: StarterContext,
	input: { json: string; choice: ChildChoice; today: string }
): Promise<ConfirmResult> {
	const organisationId = ctx.account.organisation_id;
	const checked = await checkImport(ctx.db, { organisationId, content: input.json, today: input.today });
	if (!checked.ok) return checked;
	const { choice } = input;
	let childId: string | undefined;
	if (checked.duplicates.length > 0) {
		if (choice.kind === 'none') {
			return {
				...checked,
				saved: false,
				choiceError: 'Choose whether to add this plan to the child already here, or to create a new child'
			};
		}
		if (choice.kind === 'existing') {
			if (!checked.duplicates.some((child) => child.id === choice.childId)) {
				return { ...checked, saved: false, choiceError: 'Choose one of the children listed, or create a new child' };
			}
			childId = choice.childId;
		}
	}
	const created = await inTransaction(ctx.db, async (trx) => {
		const plan = await insertPlanDocument(trx, {
			organisationId,
			accountId: ctx.account.id,
			document: checked.document,
			childId,
			today: input.today
		});
		await recordAudit(trx, accountAuditEvent(ctx, 'plan.imported', plan.planId, `child:${plan.childId}`));
		return plan;
	});
	return { ok: true, saved: true, planId: created.planId, childId: created.childId };
}
