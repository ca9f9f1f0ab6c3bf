import SQLite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Account } from '../../src/lib/server/db/accounts';
import { readCaseload } from '../../src/lib/server/db/caseload';
import { openDatabase } from '../../src/lib/server/db/database';
import type { Database } from '../../src/lib/server/db/schema';
import { startBuiltServer } from './built-server';
import { load } from './load';
import type { BenchSuite } from './row';

const firstNames = [
	'Sarah',
	'Amara',
	'Kacper',
	'Tariq',
	'Niamh',
	'Minh',
	'Oliver',
	'Zainab',
	'Freya',
	'Dami',
	'Aoife',
	'Leo',
	'Maja',
	'Yusuf',
	'Isla',
	'Ravi'
];
const lastNames = [
	'Okafor',
	'Nowak',
	'Hussain',
	'Nguyen',
	"O'Brien",
	'Smith',
	'Patel',
	'Jones',
	'Kowalski',
	'Murphy',
	'Ahmed',
	'Taylor',
	'Evans',
	'Walsh'
];
const kinds = ['sen-support', 'ehc-plan', 'early-help', 'tac'] as const;

export interface SeededCaseload {
	/** Every plan seeded for `organisationId`, not archived, with its child's search name and review date. */
	open: Array<{ planId: string; searchName: string; reviewDate: string | null }>;
}

/**
 * Writes `count` plans (child, plan, version 1) for an organisation, as insertPlanDocument would but many
 * rows to an insert, in one transaction, for caseloads of thousands. Every 97th plan has no review date and
 * every 50th is archived; dates spread over two years from 2026-01-01.
 */
export async function seedCaseloadRows(
	db: Kysely<Database>,
	options: { organisationId: string; count: number; prefix?: string; archiveEvery?: number }
): Promise<SeededCaseload> {
	const prefix = options.prefix ?? options.organisationId;
	const at = '2026-11-22T09:00:00.000Z';
	const open: SeededCaseload['open'] = [];
	const archiveEvery = options.archiveEvery ?? 50;
	const rows = Array.from({ length: options.count }, (_, i) => {
		const first = firstNames[i % firstNames.length]!;
		const last = `${lastNames[Math.floor(i / firstNames.length) % lastNames.length]!}${i}`;
		const searchName = `${first} ${last}`.toLocaleLowerCase('en-GB');
		const day = (i * 7919) % 730;
		const reviewDate =
			i % 97 === 5 ? null : new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		const id = `${prefix}-${String(i).padStart(6, '0')}`;
		const archived = archiveEvery > 0 && i % archiveEvery === 7;
		if (!archived) open.push({ planId: `p-${id}`, searchName, reviewDate });
		return {
			child: {
				id: `c-${id}`,
				organisation_id: options.organisationId,
				first_name: first,
				last_name: last,
				date_of_birth: '2014-05-01',
				setting: 'Riverside Academy',
				search_name: searchName,
				created_at: at
			},
			plan: {
				id: `p-${id}`,
				organisation_id: options.organisationId,
				child_id: `c-${id}`,
				current_version_id: `v-${id}`,
				archived_at: archived ? at : null,
				archived_reason: archived ? 'Left the school' : null,
				created_at: at
			},
			version: {
				id: `v-${id}`,
				plan_id: `p-${id}`,
				number: 1,
				status: 'draft' as const,
				title: `${first}'s support plan`,
				kind: kinds[i % kinds.length]!,
				start_date: '2026-01-05',
				review_date: reviewDate,
				revision: 1,
				error_count: i % 3,
				warning_count: i % 5,
				created_at: at,
				updated_at: at
			}
		};
	});
	// Several hundred rows to an insert keeps within both engines' limits on parameters.
	const batch = 400;
	await db.transaction().execute(async (trx) => {
		for (let start = 0; start < rows.length; start += batch) {
			const some = rows.slice(start, start + batch);
			await trx
				.insertInto('child')
				.values(some.map((row) => row.child))
				.execute();
			await trx
				.insertInto('plan')
				.values(some.map((row) => row.plan))
				.execute();
			await trx
				.insertInto('plan_version')
				.values(some.map((row) => row.version))
				.execute();
		}
	});
	return { open };
}

/** The caseload's first page as a hand-written SQL query on the same indexes: the floor to compare against. */
export const rawFirstPage = `
SELECT plan.id, child.first_name, child.last_name, child.known_as, child.setting, plan_version.kind, plan_version.status,
       plan_version.title, plan_version.review_date, plan_version.error_count, plan_version.warning_count
FROM plan
JOIN child ON child.id = plan.child_id
JOIN plan_version ON plan_version.id = plan.current_version_id
WHERE plan.organisation_id = ? AND plan.archived_at IS NULL
ORDER BY CASE WHEN plan_version.review_date IS NULL THEN 1 ELSE 0 END, plan_version.review_date, child.search_name, plan.id
LIMIT 25`;
export const rawCount = `SELECT count(*) AS n FROM plan JOIN child ON child.id = plan.child_id JOIN plan_version ON plan_version.id = plan.current_version_id WHERE plan.organisation_id = ? AND plan.archived_at IS NULL`;

const suite: BenchSuite = {
	title: 'Plan builder',
	async run({ long }) {
		const server = await startBuiltServer();
		try {
			const sqlite = new SQLite(server.databasePath);
			sqlite.pragma('busy_timeout = 5000');
			const { cookie, organisationId, account } = signedInAdmin(sqlite);
			sqlite.close();
			const handle = openDatabase(server.databasePath);
			await seedCaseloadRows(handle.db, { organisationId, count: 10_000, prefix: 'bench' });
			handle.sqlite.exec('ANALYZE');

			// The floor: the same rows by a raw query on the same file, and the same through readCaseload.
			const page = handle.sqlite.prepare(rawFirstPage);
			const count = handle.sqlite.prepare(rawCount);
			const rounds = long ? 200 : 50;
			const raw = await timed(rounds, async () => (page.all(organisationId), count.get(organisationId)));
			const viaKysely = await timed(rounds, () => readCaseload(handle.db, account, '2026-11-22', {}));
			await handle.close();

			const headers = { cookie };
			const check = await fetch(`${server.origin}/plans`, { headers });
			const html = await check.text();
			if (!check.ok || !html.includes('of 9,800'))
				throw new Error(`the caseload did not answer as expected (${check.status})`);
			const seconds = long ? 10 : 4;
			const caseload = await load(`${server.origin}/plans`, { seconds, connections: 1, headers });
			// A signed-in page that reads no plans: the HTTP, session and rendering cost every page pays.
			const bare = await load(`${server.origin}/account`, { seconds, connections: 1, headers });
			const pageMs = 1000 / caseload.requestsPerSecond;
			const bareMs = 1000 / bare.requestsPerSecond;
			const pageRatio = pageMs / (bareMs + raw);
			const queryRatio = viaKysely / raw;
			return [
				{
					name: 'Caseload first page, 10,000 plans: readCaseload (Kysely, page + count) vs the raw indexed SQL (ms)',
					measured: `${viaKysely.toFixed(2)} vs ${raw.toFixed(2)} ms, ratio ${queryRatio.toFixed(2)}`,
					target: '≤ 3×',
					met: queryRatio <= 3
				},
				{
					name: 'GET /plans, 10,000 plans (ms per page, 1 connection) vs a bare signed-in page + the raw query',
					measured: `${pageMs.toFixed(1)} vs ${bareMs.toFixed(1)} + ${raw.toFixed(1)} ms, ratio ${pageRatio.toFixed(2)} (errors ${caseload.errors + bare.errors})`,
					target: '≤ 3×',
					met: pageRatio <= 3 && caseload.errors === 0
				}
			];
		} finally {
			await server.stop();
		}
	}
};

/** Mean milliseconds per call over `rounds` calls, after a warm-up. */
export async function timed(rounds: number, work: () => Promise<unknown>): Promise<number> {
	for (let i = 0; i < 5; i++) await work();
	const started = performance.now();
	for (let i = 0; i < rounds; i++) await work();
	return (performance.now() - started) / rounds;
}

/**
 * An organisation, an admin whose second factor is set up, and a signed-in session for them, written
 * straight into the server's database (the token is `id.secret`; only the secret's SHA-256 is stored).
 */
function signedInAdmin(sqlite: SQLite.Database): { cookie: string; organisationId: string; account: Account } {
	const at = new Date().toISOString();
	const account: Account = {
		id: 'bench-admin',
		email: 'bench@example.org',
		name: 'Bench Admin',
		password_hash: 'not-used',
		organisation_id: 'bench-org',
		role: 'admin',
		totp_key: 'JBSWY3DPEHPK3PXP',
		totp_last_counter: null,
		disabled_at: null,
		professional_role: null,
		professional_organisation: null,
		created_at: at
	};
	sqlite
		.prepare("INSERT INTO organisation (id, name, kind, created_at) VALUES ('bench-org', 'Bench School', 'school', ?)")
		.run(at);
	sqlite
		.prepare(
			'INSERT INTO account (id, email, name, password_hash, organisation_id, role, totp_key, totp_last_counter, disabled_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)'
		)
		.run(
			account.id,
			account.email,
			account.name,
			account.password_hash,
			account.organisation_id,
			account.role,
			account.totp_key,
			at
		);
	const secret = 'benchsecretbenchsecretbenchsecret';
	sqlite
		.prepare(
			"INSERT INTO session (id, account_id, secret_hash, two_factor_verified, created_at, last_active_at) VALUES ('benchsession', 'bench-admin', ?, 1, ?, ?)"
		)
		.run(createHash('sha256').update(secret).digest('hex'), at, at);
	return { cookie: `gt_session=benchsession.${secret}`, organisationId: 'bench-org', account };
}

export default suite;
