import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { reserveSignInAttempt } from '$lib/server/auth/rate-limit';
import { createSession } from '$lib/server/auth/session';
import { writeFileSync } from 'node:fs';
import { createAccount, setTotpKey } from '$lib/server/db/accounts';
import { copyDatabase } from '$lib/server/db/copy-database';
import { joinDatabase } from '$lib/server/install/join-database';
import { createOrganisation } from '$lib/server/db/organisations';
import { seal, unseal } from '$lib/server/secrets/sealed-text';
import { newSecretKey, secretKeyText } from '$lib/server/secrets/secret-key';
import { createInvitation } from '$lib/server/db/invitations';
import { createPasswordReset } from '$lib/server/db/password-resets';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { insertPlanNote } from '$lib/server/db/plan-notes';
import { insertPlanSeen, putEasyReadCheck, putEasyReadText } from '$lib/server/db/easy-read';
import { appendContribution, appendMeetingPoint, insertMeeting } from '$lib/server/db/meetings';
import { showPresence } from '$lib/server/db/meeting-presence';
import { writeItemTranslation } from '$lib/server/db/family-language';
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
type Row = Record<string, unknown>;

/** Every row of every table, by table. */
async function allRows(db: TempDatabase['db']): Promise<Record<string, Row[]>> {
	const rows: Record<string, Row[]> = {};
	for (const table of await appTableNames(db))
		rows[table] = (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;
	return rows;
}
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
	const meeting = { plan_id: planId, meeting_id: 'meeting-1' };
	await insertMeeting(
		db,
		{
			id: 'meeting-1',
			plan_id: planId,
			version_id: agreed.version.id,
			kind: 'review',
			started_by: 'acc1',
			started_at: '2026-11-25T15:30:00Z',
			ended_at: null,
			screen: 'working',
			child_took_part: 'in-room',
			child_took_part_how: null,
			check_space: 'Sarah chose the room.'
		},
		[
			{
				...meeting,
				id: 'attendee-1',
				position: 1,
				name: 'Sarah Okafor',
				role: 'Child',
				is_child: 1,
				attendance: 'here'
			}
		]
	);
	await appendContribution(db, {
		...meeting,
		id: 'said-1',
		screen: 'working',
		attendee_id: 'attendee-1',
		supported_by: 'her key worker',
		text: 'Art club is the best bit.',
		written_by: 'acc1',
		writer_name: 'Daniel Price',
		written_at: '2026-11-25T15:40:00Z'
	});
	await appendMeetingPoint(db, {
		...meeting,
		id: 'point-1',
		kind: 'action',
		text: 'Visit the college',
		who: 'Grace Okafor',
		by_when: '2027-01-15',
		added_by: 'grace',
		adder_name: 'Grace Okafor',
		added_at: '2026-11-25T15:50:00Z'
	});
	await showPresence(db, { ...meeting, account_id: 'grace', name: 'Grace Okafor', seen_at: '2026-11-25T15:51:00Z' });
	const recorded = { recorded_by: 'acc1', recorder_name: 'Daniel Price', recorded_at: '2026-12-05T10:00:00Z' };
	await putEasyReadText(db, {
		plan_id: planId,
		item_id: 'asp-1',
		text: 'I want to go to college.',
		picture: 'hope',
		source_text: 'Sarah wants to go to college to study art.',
		written_by: 'acc1',
		writer_name: 'Daniel Price',
		written_at: '2026-12-05T10:00:00Z',
		revision: 1
	});
	await putEasyReadCheck(db, { plan_id: planId, checked_by: 'Mia Jones', checked_on: '2026-12-04', ...recorded });
	await insertPlanSeen(db, {
		id: 'seen-1',
		plan_id: planId,
		version_id: agreed.version.id,
		seen_on: '2026-12-05',
		how: 'easy-read',
		said: 'I like the bit about college.',
		...recorded
	});
	await writeItemTranslation(
		db,
		{
			plan_id: planId,
			item_id: item.id,
			language_code: 'ar',
			text: 'أريد أن يكون لي أصدقاء.',
			translated_by_name: 'Amina Hassan',
			translated_on: '2026-11-26',
			recorded_by: 'acc1',
			recorded_at: '2026-11-26T09:00:00Z'
		},
		0
	);
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

	describe('joining an install already in use (a local authority’s)', () => {
		const keys = { school: newSecretKey(), authority: newSecretKey() };

		/** The authority's own organisation, an officer with an authenticator, and audit rows numbered before the school's. */
		async function seedAuthority() {
			await createOrganisation(authority.db, {
				id: 'kent',
				name: 'Kent County Council',
				kind: 'local-authority-team',
				created_at: '2026-11-01T09:00:00Z'
			});
			await createAccount(authority.db, {
				id: 'officer',
				email: 'officer@kent.example.org',
				name: 'Ade Mensah',
				password_hash: 'x',
				organisation_id: 'kent',
				role: 'coordinator',
				totp_key: seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', keys.authority),
				totp_last_counter: null,
				disabled_at: null,
				created_at: '2026-11-01T09:00:00Z'
			});
			for (let i = 0; i < 5; i++)
				await recordAudit(authority.db, {
					organisation_id: 'kent',
					account_id: 'officer',
					plan_id: null,
					action: 'sign-in.password',
					item: null,
					ip: null
				});
		}

		beforeEach(async () => {
			await seedAuthority();
			await setTotpKey(school.db, 'acc1', seal('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', keys.school), 1);
		});

		it('adds every row of the school beside the authority’s, the audit log numbered on after its own, keys sealed again', async () => {
			const authorityBefore = await allRows(authority.db);
			const schoolRows = await allRows(school.db);
			const lastAuthorityAudit = Math.max(...authorityBefore.audit_event!.map((row) => Number(row.id)));

			const result = await joinDatabase(school.db, authority.db, keys);
			expect(result.ok).toBe(true);
			expect(result.ok && result.tables.find((table) => table.table === 'audit_event')?.rows).toBe(
				schoolRows.audit_event!.length
			);

			// The authority's rows are all still there, and so is each of the school's; the numbers PostgreSQL
			// gives and the sealed keys (sealing is randomised) are compared below.
			const after = await allRows(authority.db);
			for (const [table, rows] of Object.entries(schoolRows)) {
				const comparable = (list: Row[]) =>
					list.map(({ id, totp_key: _sealed, ...rest }) =>
						JSON.stringify(table === 'audit_event' || table === 'sign_in_attempt' ? rest : { id, ...rest })
					);
				const added = after[table]!.filter((row) => row.action !== 'install.joined');
				expect(comparable(added).sort(), table).toEqual(
					[...comparable(authorityBefore[table]!), ...comparable(rows)].sort()
				);
			}

			// The school's audit rows follow the authority's, in the school's order, and then the join's own.
			const [joinedRow, ...joined] = after
				.audit_event!.filter((row) => Number(row.id) > lastAuthorityAudit)
				.sort((a, b) => Number(b.id) - Number(a.id));
			expect(joinedRow).toMatchObject({ organisation_id: 'org', action: 'install.joined', account_id: null });
			const withoutId = (list: Row[]) => list.map(({ id: _id, ...row }) => row);
			expect(withoutId(joined.reverse())).toEqual(
				withoutId(schoolRows.audit_event!.sort((a, b) => Number(a.id) - Number(b.id)))
			);

			// Both sides' authenticator keys open with the authority's key, as its servers will open them.
			const stored = await authority.db.selectFrom('account').select(['id', 'totp_key']).execute();
			const opened = Object.fromEntries(
				stored.filter((row) => row.totp_key).map((row) => [row.id, unseal(row.totp_key!, keys.authority)])
			);
			expect(opened).toEqual({ officer: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', acc1: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
		});

		it('copies nothing when someone has an account in both, or a key is not the one the keys were sealed with', async () => {
			const before = await snapshot(authority.db);
			await createAccount(authority.db, {
				id: 'also-senco',
				email: 'SENCO@example.org',
				name: 'Daniel Price',
				password_hash: 'x',
				organisation_id: 'kent',
				role: 'practitioner',
				totp_key: null,
				totp_last_counter: null,
				disabled_at: null,
				created_at: '2026-11-01T09:00:00Z'
			});
			const withSameEmail = await snapshot(authority.db);
			expect(await joinDatabase(school.db, authority.db, keys)).toMatchObject({
				ok: false,
				reason: 'already-there',
				table: 'account',
				detail: expect.stringContaining('senco@example.org')
			});
			expect(await snapshot(authority.db)).toEqual(withSameEmail);
			await authority.db.deleteFrom('account').where('id', '=', 'also-senco').execute();
			expect(await snapshot(authority.db)).toEqual(before);

			const stranger = newSecretKey();
			expect(await joinDatabase(school.db, authority.db, { ...keys, school: stranger })).toEqual({
				ok: false,
				reason: 'wrong-key',
				whose: 'school',
				needed: [keys.school.id],
				given: stranger.id
			});
			expect(await joinDatabase(school.db, authority.db, { ...keys, authority: stranger })).toMatchObject({
				reason: 'wrong-key',
				whose: 'authority'
			});
			expect(await snapshot(authority.db)).toEqual(before);
		});

		it('runs as npm run db:copy -- --join, and says what is missing', async () => {
			await school.close();
			writeFileSync(`${school.folder}/authority.key`, secretKeyText(keys.authority));
			writeFileSync(`${school.folder}/school.key`, secretKeyText(keys.school));
			const copy = (...args: string[]) =>
				run(
					process.execPath,
					['--import', 'tsx', 'src/cli/db-copy.ts', '--from', school.path, '--to', authority.location, ...args],
					{
						env: process.env
					}
				);
			await expect(copy()).rejects.toMatchObject({
				code: 1,
				stderr: expect.stringContaining('add --join and --to-key-file to join the school to that install')
			});
			await expect(copy('--join')).rejects.toMatchObject({
				code: 2,
				stderr: expect.stringContaining('--join and --to-key-file go together')
			});
			await expect(
				copy(
					'--join',
					'--to-key-file',
					`${school.folder}/authority.key`,
					'--from-key-file',
					`${school.folder}/missing.key`
				)
			).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('missing.key cannot be read (ENOENT)') });
			const { stdout } = await copy(
				'--join',
				'--to-key-file',
				`${school.folder}/authority.key`,
				'--from-key-file',
				`${school.folder}/school.key`
			);
			expect(stdout).toMatch(
				/^Added \d+ rows in \d+ tables from .* to the install in use; every table read back the rows copied\./
			);
			expect(stdout).toMatch(/ {2}audit_event +\d+\n/);
			expect(await authority.db.selectFrom('organisation').select('id').orderBy('id').execute()).toEqual([
				{ id: 'kent' },
				{ id: 'org' }
			]);
		});
	});
});
