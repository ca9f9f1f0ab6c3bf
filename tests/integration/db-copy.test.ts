import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { reserveSignInAttempt } from '$lib/server/auth/rate-limit';
import { createSession } from '$lib/server/auth/session';
import { copyDatabase } from '$lib/server/db/copy-database';
import { createInvitation } from '$lib/server/db/invitations';
import { createPasswordReset } from '$lib/server/db/password-resets';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { insertPlanNote } from '$lib/server/db/plan-notes';
import { recordAudit } from '$lib/server/db/record-audit';
import { insertSuggestion } from '$lib/server/db/suggestions';
import { appTableNames, tableContents } from '$lib/server/db/table-contents';
import { startReview } from '$lib/server/reviews/start-review';
import { snapshot } from '../unit/interchange/support';
import { seedAccount } from './support/accounts';
import { agreeCurrent, contextOf, newPlan, seedCoordinator } from './support/reviews';
import {
	createTempDatabase,
	createTempSqliteDatabase,
	type TempDatabase,
	type TempSqliteDatabase
} from './support/temp-database';
import { testEngine } from './support/test-engine';

const run = promisify(execFile);
let school: TempSqliteDatabase;
let authority: TempDatabase;

/** A school's install with a row in every table: plans, a review, sharing, sign-ins and the audit log. */
async function seedSchool(db: TempSqliteDatabase['db']) {
	await seedCoordinator(school);
	await seedAccount(db, { id: 'grace', organisationId: null, role: null });
	const { planId } = await newPlan(school);
	const agreed = await agreeCurrent(school, planId);
	const started = await startReview(await contextOf(school, planId), { date: '2027-03-01' });
	if (!started.ok) throw new Error(JSON.stringify(started));
	await grantPlanAccess(db, planId, 'grace', 'contributor', 'acc1');
	await createInvitation(db, {
		organisationId: 'org',
		invitedBy: 'acc1',
		name: 'Priya Shah',
		email: 'priya.shah@example.org',
		role: 'practitioner'
	});
	await issueRecoveryCodes(db, 'acc1');
	await createSession(db, 'acc1', true, { ip: '192.0.2.7', userAgent: null });
	for (let i = 0; i < 3; i++) await reserveSignInAttempt(db, 'senco@example.org', '192.0.2.7');
	await createPasswordReset(db, { accountId: 'grace', madeBy: 'acc1' });
	const item = agreed.document.aspirations[0]!;
	await insertSuggestion(db, {
		id: 'suggestion-1',
		plan_id: planId,
		version_id: agreed.version.id,
		item_id: item.id,
		item_revision: 1,
		text: 'I want to be a vet',
		suggested_by: 'grace',
		suggested_by_name: 'Grace Okafor',
		suggested_at: '2026-11-23T10:00:00Z',
		status: 'open',
		decided_by: null,
		decided_by_name: null,
		decided_at: null,
		decided_with: null
	});
	await insertPlanNote(db, {
		id: 'note-1',
		plan_id: planId,
		version_id: agreed.version.id,
		written_by: 'grace',
		writer_name: 'Grace Okafor',
		written_at: '2026-11-24T18:00:00Z',
		said_by: 'writer',
		working: 'Sarah is sleeping better since the new routine.',
		not_working: null,
		review_id: null
	});
	for (const action of ['plan.viewed', 'plan.changed'] as const)
		await recordAudit(db, {
			organisation_id: 'org',
			account_id: 'acc1',
			plan_id: planId,
			action,
			item: null,
			ip: null
		});
}

describe.runIf(testEngine() === 'postgres')('copying a school from its SQLite file into PostgreSQL', () => {
	beforeEach(async () => {
		school = await createTempSqliteDatabase();
		authority = await createTempDatabase();
		await seedSchool(school.db);
	});
	afterEach(async () => {
		await school.dispose();
		await authority.dispose();
	});

	it('copies every row of every table, ids and the audit log intact, and new rows number on after them', async () => {
		const tables = await appTableNames(school.db);
		const empty = [];
		for (const table of tables) if ((await tableContents(school.db, table)).rows === 0) empty.push(table);
		expect(empty, 'the school has a row in every table').toEqual([]);

		const result = await copyDatabase(school.db, authority.db);
		expect(result.ok).toBe(true);
		expect(await snapshot(authority.db)).toEqual(await snapshot(school.db));

		const lastAudit = await school.db
			.selectFrom('audit_event')
			.select((eb) => eb.fn.max('id').as('id'))
			.executeTakeFirstOrThrow();
		await recordAudit(authority.db, {
			organisation_id: 'org',
			account_id: 'acc1',
			plan_id: null,
			action: 'sign-in.password',
			item: null,
			ip: null
		});
		const newest = await authority.db
			.selectFrom('audit_event')
			.select('id')
			.orderBy('id', 'desc')
			.executeTakeFirstOrThrow();
		expect(newest.id).toBe(Number(lastAudit.id) + 1);
		await expect(authority.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
	});

	it('refuses a PostgreSQL database that already holds data, copying nothing', async () => {
		await seedCoordinator(authority);
		const before = await snapshot(authority.db);
		expect(await copyDatabase(school.db, authority.db)).toEqual({
			ok: false,
			reason: 'target-not-empty',
			tables: ['account', 'organisation']
		});
		expect(await snapshot(authority.db)).toEqual(before);
	});

	it('runs as npm run db:copy, reporting each table, and says plainly what is wrong with its arguments', async () => {
		const tables = (await appTableNames(school.db)).length;
		await school.close();
		const copy = (...args: string[]) =>
			run(process.execPath, ['--import', 'tsx', 'src/cli/db-copy.ts', ...args], { env: process.env });
		const { stdout } = await copy('--from', school.path, '--to', authority.location);
		expect(stdout).toMatch(
			new RegExp(`^Copied \\d+ rows in ${tables} tables from .*; every table read back the same as the file\\.`)
		);
		expect(stdout).toMatch(/ {2}audit_event +\d+\n/);
		expect((await tableContents(authority.db, 'plan_item')).rows).toBeGreaterThan(10);

		await expect(copy('--from', school.path, '--to', authority.location)).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining('Nothing was copied: the PostgreSQL database already holds data')
		});
		await expect(copy('--from', school.path)).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('npm run db:copy -- --from')
		});
		await expect(copy('--from', `${school.folder}/missing.db`, '--to', authority.location)).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining('There is no database file at')
		});
		await expect(copy('--from', school.path, '--to', 'mysql://elsewhere/gt')).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--to must be a PostgreSQL address')
		});
	});
});
