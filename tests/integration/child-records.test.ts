import { unzipSync, strFromU8 } from 'fflate';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '$lib/server/db/record-audit';
import type { Actor, StaffAccount } from '$lib/server/actor';
import { maxFailures, reserveSignInAttempt } from '$lib/server/auth/rate-limit';
import { createSession } from '$lib/server/auth/session';
import { deleteChild } from '$lib/server/children/delete-child';
import { exportChildRecords } from '$lib/server/children/export-child-records';
import { childKeys, childRecordTableNames, childRecordTables } from '$lib/server/db/child-records';
import { isPostgres } from '$lib/server/db/dialect';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { buildSubjectAccessZip, type RenderPdf } from '$lib/server/interchange/subject-access';
import { PdfPoolBusyError } from '$lib/server/pdf/pool';
import { fixture, seedOrganisation, tableNames, today } from '../unit/interchange/support';
import { password, seedAccount, staffAccount } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectOnlyAudited, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
let org: { organisationId: string; accountId: string };

/** Sarah (two plans, one shared and with an invitation) and Amara in one organisation; Sarah again in another. */
async function seed() {
	const store = (organisationId: string, name: 'sarah' | 'amara', childId?: string) =>
		temp.db
			.transaction()
			.execute((trx) =>
				insertPlanDocument(trx, { organisationId, accountId: org.accountId, document: fixture(name), today, childId })
			);
	const sarah = await store(org.organisationId, 'sarah');
	const sarahSecond = await store(org.organisationId, 'sarah', sarah.childId);
	const amara = await store(org.organisationId, 'amara');
	const elsewhere = await seedOrganisation(temp.db, 'hillside');
	const otherSarah = await temp.db.transaction().execute((trx) =>
		insertPlanDocument(trx, {
			organisationId: elsewhere.organisationId,
			accountId: elsewhere.accountId,
			document: fixture('sarah'),
			today
		})
	);
	await grantPlanAccess(temp.db, sarah.planId, org.accountId, 'viewer', null);
	await grantPlanAccess(temp.db, amara.planId, org.accountId, 'viewer', null);
	await temp.db
		.insertInto('invitation')
		.values({
			id: 'inv-sarah',
			token_hash: 'secret-hash-sarah',
			organisation_id: org.organisationId,
			invited_by: org.accountId,
			name: 'Grace Okafor',
			email: 'grace.okafor@example.org',
			role: null,
			plan_id: sarah.planId,
			plan_level: 'contributor',
			created_at: '2026-11-22T10:00:00Z',
			expires_at: '2026-12-06T10:00:00Z',
			used_at: null,
			withdrawn_at: null
		})
		.execute();
	for (const plan of [sarah, amara, otherSarah]) {
		await recordAudit(temp.db, {
			organisation_id: plan === otherSarah ? elsewhere.organisationId : org.organisationId,
			account_id: org.accountId,
			plan_id: plan.planId,
			action: 'plan.viewed',
			item: null,
			ip: null
		});
	}
	return { sarah, sarahSecond, amara, otherSarah };
}

beforeEach(async () => {
	temp = await startTempAppDatabase();
	org = await seedOrganisation(temp.db, 'riverside');
});
afterEach(() => temp.dispose());

/** The tables `table`'s foreign keys point at, from the engine's own catalogue. */
async function referencedBy(table: string): Promise<string[]> {
	const keys = isPostgres(temp.db)
		? await sql<{ table: string }>`SELECT confrelid::regclass::text AS "table" FROM pg_constraint
				WHERE contype = 'f' AND conrelid = ${table}::regclass`.execute(temp.db)
		: await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${table})`.execute(temp.db);
	return keys.rows.map((row) => row.table);
}

/** Every table that references a child, directly or through a table that does, from the foreign keys. */
async function tablesReferencingChild(): Promise<string[]> {
	const references = new Map<string, string[]>();
	for (const table of await tableNames(temp.db)) references.set(table, await referencedBy(table));
	const found = new Set(['child']);
	for (let grew = true; grew;) {
		grew = false;
		for (const [table, targets] of references) {
			if (!found.has(table) && targets.some((target) => found.has(target))) {
				found.add(table);
				grew = true;
			}
		}
	}
	return [...found].sort();
}

describe('the tables about a child', () => {
	it('the collector reads every table that references a child, directly or through a plan, version or item', async () => {
		const derived = await tablesReferencingChild();
		expect(derived).toEqual(
			expect.arrayContaining(['child', 'plan', 'plan_version', 'plan_item', 'plan_link', 'plan_access', 'invitation'])
		);
		const existing = new Set(await tableNames(temp.db));
		expect(
			childRecordTableNames()
				.filter((name) => existing.has(name))
				.sort()
		).toEqual(derived);
	});

	it('deletes rows before the rows they reference', async () => {
		const order = childRecordTableNames();
		for (const table of await tablesReferencingChild()) {
			for (const target of await referencedBy(table)) {
				if (target !== table && order.includes(target))
					expect(order.indexOf(table), `${table} before ${target}`).toBeLessThan(order.indexOf(target));
			}
		}
	});
});

describe('everything about one child, as a zip', () => {
	it('holds every plan version as JSON and PDF, the records, the audit rows and a README; nothing about anyone else', async () => {
		const { sarah, sarahSecond, amara, otherSarah } = await seed();
		const zip = await buildSubjectAccessZip(temp.db, {
			organisationId: org.organisationId,
			organisationName: 'Riverside Academy',
			childId: sarah.childId,
			today
		});
		expect(zip?.fileName).toBe('Sarah-Okafor-records-2026-11-22.zip');
		const files = unzipSync(zip!.bytes);
		expect(Object.keys(files).sort()).toEqual(
			[
				'README.txt',
				'audit-log.csv',
				'plan-1/version-1.json',
				'plan-1/version-1.pdf',
				'plan-2/version-1.json',
				'plan-2/version-1.pdf',
				...childRecordTables
					.filter((entry) => entry.table !== 'review' || Object.keys(files).includes('records/review.json'))
					.map((entry) => `records/${entry.table}.json`)
			].sort()
		);
		expect(strFromU8(files['plan-1/version-1.pdf']!.subarray(0, 5))).toBe('%PDF-');
		expect(JSON.parse(strFromU8(files['plan-1/version-1.json']!)).child).toMatchObject({
			firstName: 'Sarah',
			lastName: 'Okafor'
		});
		const readme = strFromU8(files['README.txt']!);
		expect(readme).toContain('Everything Golden Thread holds about Sarah Okafor');
		for (const name of Object.keys(files).filter((name) => name !== 'README.txt')) expect(readme).toContain(name);

		const records = (table: string) =>
			JSON.parse(strFromU8(files[`records/${table}.json`]!)) as Array<Record<string, unknown>>;
		expect(records('child').map((row) => row.id)).toEqual([sarah.childId]);
		expect(records('plan').map((row) => row.id)).toEqual([sarah.planId, sarahSecond.planId].sort()); // in primary-key order
		expect(records('invitation')).toEqual([
			expect.objectContaining({ id: 'inv-sarah', email: 'grace.okafor@example.org' })
		]);
		expect(records('invitation')[0]).not.toHaveProperty('token_hash');
		const audit = strFromU8(files['audit-log.csv']!).trim().split('\n');
		expect(audit[0]).toBe('id,at,action,account_id,plan_id,item');
		expect(audit.slice(1).every((line) => line.includes(sarah.planId) || line.includes(sarahSecond.planId))).toBe(true);
		expect(audit.some((line) => line.includes('plan.viewed'))).toBe(true);

		// Nothing about any other child: not Amara, and not the other organisation's Sarah.
		const everything = Object.entries(files)
			.filter(([name]) => !name.endsWith('.pdf'))
			.map(([, bytes]) => strFromU8(bytes))
			.join('\n');
		const amaraDocument = fixture('amara');
		for (const needle of [
			amara.childId,
			amara.planId,
			amara.versionId,
			otherSarah.childId,
			otherSarah.planId,
			amaraDocument.child.firstName,
			amaraDocument.aspirations[0]!.text,
			'secret-hash-sarah'
		]) {
			expect(everything).not.toContain(needle);
		}
	});

	it('is undefined for a child of another organisation', async () => {
		const { otherSarah } = await seed();
		expect(
			await buildSubjectAccessZip(temp.db, {
				organisationId: org.organisationId,
				organisationName: 'Riverside Academy',
				childId: otherSarah.childId,
				today,
				renderPdf: async () => new Uint8Array()
			})
		).toBeUndefined();
	});
});

describe('deleting a child’s records', () => {
	/** Every row of every table, as text, that contains `needle`. */
	async function rowsContaining(needle: string): Promise<Array<{ table: string; row: string }>> {
		const found: Array<{ table: string; row: string }> = [];
		for (const table of await tableNames(temp.db)) {
			const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(temp.db);
			for (const row of rows.rows) {
				const text = JSON.stringify(row);
				if (text.toLowerCase().includes(needle.toLowerCase())) found.push({ table, row: text });
			}
		}
		return found;
	}

	it('leaves no row with their id, names or plan in any table; the audit log keeps ids and records the deletion; others untouched', async () => {
		const { sarah, sarahSecond, amara, otherSarah } = await seed();
		const phrase = fixture('sarah').aspirations[0]!.text.slice(0, 40);
		expect((await rowsContaining(phrase)).length).toBeGreaterThan(0);
		const keys = (await childKeys(temp.db, org.organisationId, sarah.childId))!;

		expect(
			await deleteChild(sarah.childId, { account: await staffAccount(temp.db, org.accountId), ip: '127.0.0.1' })
		).toEqual({ ok: true });

		const left = [
			...(await rowsContaining('Okafor')),
			...(await rowsContaining(phrase)),
			...(await rowsContaining('grace.okafor'))
		];
		// The other organisation's Sarah Okafor is a different child and stays.
		expect(
			left.every(
				({ row }) =>
					row.includes('hillside') ||
					row.includes(otherSarah.childId) ||
					row.includes(otherSarah.versionId) ||
					row.includes(otherSarah.planId)
			)
		).toBe(true);
		expect(left.filter(({ table }) => table === 'child')).toHaveLength(1);
		for (const id of [sarah.childId, sarah.versionId, sarahSecond.versionId, ...keys.versionIds]) {
			const rows = await rowsContaining(id);
			expect(
				rows.every(({ table }) => table === 'audit_event'),
				`${id}: ${JSON.stringify(rows)}`
			).toBe(true);
		}
		const audit = await temp.db
			.selectFrom('audit_event')
			.selectAll()
			.where('organisation_id', '=', org.organisationId)
			.orderBy('id')
			.execute();
		expect(audit.filter((row) => row.plan_id === sarah.planId).map((row) => row.action)).toEqual(['plan.viewed']);
		expect(audit.at(-1)).toMatchObject({
			action: 'child.deleted',
			item: `child:${sarah.childId}`,
			plan_id: null,
			account_id: org.accountId
		});

		// Amara, in the same organisation, is untouched.
		expect(await childKeys(temp.db, org.organisationId, amara.childId)).toMatchObject({ planIds: [amara.planId] });
		expect(await temp.db.selectFrom('plan_access').select('plan_id').execute()).toEqual([{ plan_id: amara.planId }]);
	});

	it('closes the account of a family member left with no plan, signing them out; recorded with the admin’s id', async () => {
		const { sarah, amara } = await seed();
		await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
		await grantPlanAccess(temp.db, sarah.planId, 'grace', 'contributor', org.accountId);
		await createSession(temp.db, 'grace', true, { ip: '127.0.0.1', userAgent: null });
		// Grace once added to Amara's "About me" too, before her access to Amara's plan was withdrawn.
		await temp.db
			.updateTable('plan_item')
			.set({ updated_by: 'grace' })
			.where('version_id', '=', amara.versionId)
			.execute();
		const amaraItems = await temp.db
			.selectFrom('plan_item')
			.select(['id', 'data'])
			.where('version_id', '=', amara.versionId)
			.orderBy('id')
			.execute();

		expect(
			await deleteChild(sarah.childId, { account: await staffAccount(temp.db, org.accountId), ip: '127.0.0.1' })
		).toEqual({ ok: true });

		expect(await temp.db.selectFrom('account').select('id').where('id', '=', 'grace').execute()).toEqual([]);
		expect(await temp.db.selectFrom('session').select('id').where('account_id', '=', 'grace').execute()).toEqual([]);
		// Amara's plan keeps every item as it was; it no longer says who changed them (the audit log does).
		expect(
			await temp.db
				.selectFrom('plan_item')
				.select(['id', 'data'])
				.where('version_id', '=', amara.versionId)
				.orderBy('id')
				.execute()
		).toEqual(amaraItems);
		expect(await temp.db.selectFrom('plan_item').select('id').where('updated_by', '=', 'grace').execute()).toEqual([]);
		expect((await auditRows(temp.db)).slice(-2)).toEqual([
			expect.objectContaining({ action: 'child.deleted', item: `child:${sarah.childId}`, account_id: org.accountId }),
			{
				organisation_id: org.organisationId,
				account_id: org.accountId,
				plan_id: null,
				action: 'family-account.closed',
				item: 'account:grace',
				ip: '127.0.0.1'
			}
		]);
	});

	it('refuses a child of another organisation', async () => {
		const { otherSarah } = await seed();
		expect(
			await deleteChild(otherSarah.childId, { account: await staffAccount(temp.db, org.accountId), ip: '127.0.0.1' })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await childKeys(temp.db, 'hillside', otherSarah.childId)).toBeDefined();
	});

	it('deletes nothing when its audit row cannot be written', async () => {
		const { sarah } = await seed();
		const account = await staffAccount(temp.db, org.accountId);
		await expectUndoneWithoutAuditRow(temp.db, () => deleteChild(sarah.childId, { account, ip: '127.0.0.1' }));
	});
});

describe('downloading everything about a child', () => {
	const ip = '192.0.2.50';
	/** PDFs are tested above; here an empty one keeps each download quick. */
	const noPdf: RenderPdf = async () => new Uint8Array();
	let actor: Actor<StaffAccount>;
	beforeEach(async () => {
		await seedAccount(temp.db, { id: 'ada', organisationId: org.organisationId, role: 'admin' });
		actor = { account: await staffAccount(temp.db, 'ada'), ip };
	});
	const download = (childId: string, typed = password, renderPdf = noPdf) =>
		exportChildRecords(childId, { password: typed }, actor, renderPdf);

	it('gives the zip once the password is right, and records the download', async () => {
		const { sarah } = await seed();
		const result = await download(sarah.childId);
		if (!result.ok) throw new Error(result.reason);
		expect(result.fileName).toMatch(/^Sarah-Okafor-records-\d{4}-\d{2}-\d{2}\.zip$/);
		expect(Object.keys(unzipSync(result.bytes))).toContain('README.txt');
		expect((await auditRows(temp.db)).at(-1)).toEqual({
			organisation_id: org.organisationId,
			account_id: 'ada',
			plan_id: null,
			action: 'child.exported',
			item: `child:${sarah.childId}`,
			ip
		});
	});

	it('refuses a wrong password: counted as a failed sign-in and recorded, nothing downloaded', async () => {
		const { sarah } = await seed();
		expect(await download(sarah.childId, 'not my password at all')).toEqual({ ok: false, reason: 'wrong-password' });
		expect(await temp.db.selectFrom('sign_in_attempt').select(['email', 'succeeded']).execute()).toEqual([
			{ email: 'ada@example.org', succeeded: 0 }
		]);
		const actions = (await auditRows(temp.db)).map((row) => row.action);
		expect(actions.at(-1)).toBe('reauthentication.failed');
		expect(actions).not.toContain('child.exported');
	});

	it('keeps nothing but the attempt it took when the audit row of a wrong password cannot be written', async () => {
		const { sarah } = await seed();
		await expectUndoneWithoutAuditRow(temp.db, () => download(sarah.childId, 'not my password at all'), {
			except: ['sign_in_attempt']
		});
	});

	it('refuses, even the right password, once too many have been wrong; writes only its audit row', async () => {
		const { sarah } = await seed();
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'ada@example.org', '198.51.100.1');
		await expectOnlyAudited(
			temp.db,
			() => download(sarah.childId),
			{ ok: false, reason: 'rate-limited' },
			'sign-in.rate-limited'
		);
	});

	it('refuses a child of another organisation, and writes nothing', async () => {
		const { otherSarah } = await seed();
		await expectWritesNothing(temp.db, () => download(otherSarah.childId), { ok: false, reason: 'not-found' });
	});

	it('says so when too many PDFs are being made, and records no download', async () => {
		const { sarah } = await seed();
		const busy: RenderPdf = async () => {
			throw new PdfPoolBusyError(32);
		};
		await expectWritesNothing(
			temp.db,
			() => download(sarah.childId, password, busy),
			{ ok: false, reason: 'busy' },
			{ except: ['sign_in_attempt'] }
		);
	});
});
