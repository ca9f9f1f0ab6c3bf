/**
 * Everything about one child in one zip, for a subject access request (access.md): every version of
 * every plan as interchange JSON and as PDF, every row the app keeps about the child table by table
 * (`childRecordTables`: reviews and anything added later come with it), the audit rows about the
 * child's plans (ids and actions), and a README.txt saying in plain English what each file is.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Kysely } from 'kysely';
import { formatUkDate } from '../../dates/format';
import { fileNamePart } from '../../pdf/file-name';
import { renderPlanPdf, type PlanPdfOptions } from '../../pdf/plan/plan-pdf';
import type { PlanDocument } from '../../plan/document';
import { childAuditRows, childKeys, collectChildRecords } from '../db/child-records';
import { loadPlan } from '../db/plan-load';
import { agreementOf } from '../db/plan-agree';
import type { Database } from '../db/schema';
import { exportDocument } from './export';

export type RenderPdf = (plan: PlanDocument, options: PlanPdfOptions) => Promise<Uint8Array>;

export interface SubjectAccessZip {
	fileName: string;
	bytes: Uint8Array;
	/** The names of the files in the zip, in order. */
	files: string[];
}

function csvCell(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The zip of everything about a child of the organisation, or undefined when the organisation has no
 * such child. `renderPdf` defaults to rendering here; the server may pass its worker pool's.
 */
export async function buildSubjectAccessZip(
	db: Kysely<Database>,
	input: { organisationId: string; organisationName: string; childId: string; today: string; renderPdf?: RenderPdf }
): Promise<SubjectAccessZip | undefined> {
	const keys = await childKeys(db, input.organisationId, input.childId);
	if (!keys) return undefined;
	const render = input.renderPdf ?? renderPlanPdf;
	const child = await db.selectFrom('child').selectAll().where('id', '=', input.childId).executeTakeFirstOrThrow();
	const name = `${child.first_name} ${child.last_name}`;

	const files: Zippable = {};
	const readme: string[] = [
		`Everything Golden Thread holds about ${name}`,
		'',
		`Made on ${formatUkDate(input.today)} by ${input.organisationName}, in answer to a request for the records about ${name} (born ${formatUkDate(child.date_of_birth)}).`,
		'',
		'What each file is:',
		''
	];

	const versions = await db
		.selectFrom('plan_version')
		.innerJoin('plan', 'plan.id', 'plan_version.plan_id')
		.select(['plan_version.id', 'plan_version.plan_id', 'plan_version.number'])
		.where('plan.child_id', '=', input.childId)
		.orderBy('plan.created_at')
		.orderBy('plan.id')
		.orderBy('plan_version.number')
		.execute();
	const planNumbers = new Map(keys.planIds.map((id, index) => [id, index + 1]));
	if (versions.length === 0) readme.push('There are no plans for this child.', '');
	for (const version of versions) {
		const loaded = await loadPlan(db, version.plan_id, version.id);
		if (!loaded) continue;
		const folder = `plan-${planNumbers.get(version.plan_id) ?? 0}`;
		const base = `${folder}/version-${version.number}`;
		const exported = exportDocument(loaded.document);
		files[`${base}.json`] = strToU8(exported.text);
		files[`${base}.pdf`] = [
			await render(loaded.document, {
				today: input.today,
				author: input.organisationName,
				agreement: await agreementOf(db, loaded.version)
			}),
			{ level: 0 }
		];
		const plan = loaded.document.plan;
		readme.push(
			`${base}.pdf`,
			`    Version ${version.number} of the plan "${plan.title}" (started ${formatUkDate(plan.startDate)}; ${plan.status}), to read and print.`,
			`${base}.json`,
			'    The same version in the Golden Thread plan format (JSON), which another school or service can bring into their own system.',
			''
		);
	}

	for (const { entry, rows } of await collectChildRecords(db, keys)) {
		const file = `records/${entry.table}.json`;
		files[file] = strToU8(`${JSON.stringify(rows, null, 2)}\n`);
		readme.push(
			file,
			`    ${entry.description} ${rows.length === 1 ? '1 record' : `${rows.length} records`}, exactly as stored.`,
			''
		);
	}

	const audit = await childAuditRows(db, input.organisationId, keys);
	const header = ['id', 'at', 'action', 'account_id', 'plan_id', 'item'] as const;
	files['audit-log.csv'] = strToU8(
		`${[header.join(','), ...audit.map((row) => header.map((column) => csvCell(row[column])).join(','))].join('\n')}\n`
	);
	readme.push(
		'audit-log.csv',
		`    Every time someone viewed, changed, shared, exported or agreed the plans (${audit.length} rows): when, which account, which plan, what they did and to which item. It holds ids and actions only, not what the plans say.`,
		'',
		'Ids are the app’s own keys. The records hold them so that the files can be read together.',
		''
	);
	const all: Zippable = { 'README.txt': strToU8(readme.join('\r\n')), ...files };
	const parts = [fileNamePart(child.first_name), fileNamePart(child.last_name), 'records', input.today].filter(
		(part) => part !== ''
	);
	return {
		fileName: `${parts.join('-')}.zip`,
		bytes: zipSync(all, { level: 6, mtime: new Date(`${input.today}T12:00:00Z`) }),
		files: Object.keys(all)
	};
}
