/**
 * The accounts and plans a fuzz run acts as and on, written through the app's own repository code, and
 * a bystander organisation whose rows no request may change. Relative imports, so that tsx can load
 * this for the bench as well as Playwright for the e2e suite.
 */
import SQLite from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePlanDocument, type PlanDocument } from '../../../../src/lib/plan/document';
import { createSession, sessionCookie } from '../../../../src/lib/server/auth/session';
import { createAccount } from '../../../../src/lib/server/db/accounts';
import { openDatabase } from '../../../../src/lib/server/db/database';
import { createInvitation } from '../../../../src/lib/server/db/invitations';
import { grantPlanAccess } from '../../../../src/lib/server/db/plan-access';
import { insertPlanDocument, type CreatedPlan } from '../../../../src/lib/server/db/plan-create';
import type { Database } from '../../../../src/lib/server/db/schema';
import type { Kysely } from 'kysely';

export type FuzzRole = 'signed-out' | 'admin' | 'coordinator' | 'practitioner' | 'viewer' | 'family' | 'stranger';

export interface FuzzWorld {
	/** The cookie each role sends, made afresh as the fuzz may sign a role out or disable it. */
	cookieFor(role: FuzzRole): Promise<string | undefined>;
	/** Values for each route parameter: the world's own ids, the bystander's, and made-up ones. */
	parameters: Record<string, string[]>;
	/** Ids that belong to the bystander organisation, sent as field values too. */
	foreignIds: string[];
	/** Row counts and checksums of every bystander row, before and after. */
	bystander(): string;
	integrity(): string;
}

function fixture(name: string): PlanDocument {
	const text = readFileSync(new URL(`../../../fixtures/${name}.plan.json`, import.meta.url), 'utf8');
	const parsed = parsePlanDocument(JSON.parse(text), { today: '2026-11-22' });
	if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
	return parsed.plan;
}

async function organisation(db: Kysely<Database>, name: string): Promise<string> {
	const id = randomUUID();
	await db
		.insertInto('organisation')
		.values({ id, name, kind: 'school', created_at: new Date().toISOString() })
		.execute();
	return id;
}

async function account(
	db: Kysely<Database>,
	organisationId: string | null,
	role: 'admin' | 'coordinator' | 'practitioner' | null
): Promise<string> {
	const id = randomUUID();
	await createAccount(db, {
		id,
		email: `fuzz-${id}@example.org`,
		name: `Fuzz ${role ?? 'family'} ${id.slice(0, 4)}`,
		// Never signed in with: every role's session is made directly.
		password_hash: 'not a hash',
		organisation_id: organisationId,
		role,
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: new Date().toISOString()
	});
	return id;
}

function plan(db: Kysely<Database>, organisationId: string, accountId: string, name: string): Promise<CreatedPlan> {
	return db
		.transaction()
		.execute((trx) =>
			insertPlanDocument(trx, { organisationId, accountId, document: fixture(name), today: '2026-11-22' })
		);
}

/** Sets the world up in the database at `databasePath`, which the server at `origin` serves. */
export async function seedFuzzWorld(databasePath: string, origin: string): Promise<FuzzWorld> {
	const handle = openDatabase(databasePath);
	handle.sqlite.pragma('busy_timeout = 10000');
	const db = handle.db;
	let accounts: Record<Exclude<FuzzRole, 'signed-out'>, string>;
	let own: CreatedPlan[];
	let theirs: CreatedPlan;
	let bystanderOrganisation: string;
	let invitationToken: string;
	try {
		const home = await organisation(db, 'Fuzz School');
		const away = await organisation(db, 'Fuzz Stranger School');
		bystanderOrganisation = await organisation(db, 'Fuzz Bystander School');
		accounts = {
			admin: await account(db, home, 'admin'),
			coordinator: await account(db, home, 'coordinator'),
			practitioner: await account(db, home, 'practitioner'),
			viewer: await account(db, home, 'practitioner'),
			family: await account(db, null, null),
			stranger: await account(db, away, 'coordinator')
		};
		own = [await plan(db, home, accounts.coordinator, 'sarah'), await plan(db, home, accounts.coordinator, 'tariq')];
		const bystander = await account(db, bystanderOrganisation, 'coordinator');
		theirs = await plan(db, bystanderOrganisation, bystander, 'amara');
		for (const { planId } of own) {
			await grantPlanAccess(db, planId, accounts.coordinator, 'editor', null);
			await grantPlanAccess(db, planId, accounts.practitioner, 'editor', null);
			await grantPlanAccess(db, planId, accounts.viewer, 'viewer', null);
			await grantPlanAccess(db, planId, accounts.family, 'contributor', null);
		}
		invitationToken = (
			await createInvitation(db, {
				organisationId: home,
				invitedBy: accounts.admin,
				name: 'Fuzz Invitee',
				email: `fuzz-invitee-${randomUUID()}@example.org`,
				role: 'practitioner'
			})
		).token;
	} finally {
		await handle.close();
	}

	const cookieName = sessionCookie(new URL(origin)).name;
	const made = [
		'x',
		'',
		'..%2F..%2Fetc%2Fpasswd',
		'%00',
		'a'.repeat(2000),
		"1' OR '1'='1",
		randomUUID(),
		'%E2%80%AE',
		'-1',
		'9'.repeat(30)
	];
	const bystanderPlans = [theirs.planId];
	const query = <T>(sql: string, ...parameters: unknown[]): T[] => {
		const sqlite = new SQLite(databasePath, { readonly: true });
		try {
			sqlite.pragma('busy_timeout = 10000');
			return sqlite.prepare(sql).all(...parameters) as T[];
		} finally {
			sqlite.close();
		}
	};
	return {
		async cookieFor(role) {
			if (role === 'signed-out') return undefined;
			const session = openDatabase(databasePath);
			try {
				session.sqlite.pragma('busy_timeout = 10000');
				return `${cookieName}=${await createSession(session.db, accounts[role], true, { ip: '127.0.0.1', userAgent: null })}`;
			} finally {
				await session.close();
			}
		},
		parameters: {
			planId: [...own.map((p) => p.planId), theirs.planId, ...made],
			childId: [...own.map((p) => p.childId), theirs.childId, ...made],
			versionId: [...own.map((p) => p.versionId), theirs.versionId, ...made],
			reviewId: [...made],
			accountId: [...Object.values(accounts), ...made],
			token: [invitationToken, ...made]
		},
		foreignIds: [theirs.planId, theirs.childId, theirs.versionId, ...theirs.ids.values()],
		bystander() {
			const rows = [
				query('SELECT * FROM organisation WHERE id = ?', bystanderOrganisation),
				query('SELECT * FROM account WHERE organisation_id = ? ORDER BY id', bystanderOrganisation),
				query('SELECT * FROM child WHERE organisation_id = ? ORDER BY id', bystanderOrganisation),
				query('SELECT * FROM plan WHERE id IN (?) ORDER BY id', ...bystanderPlans),
				query('SELECT * FROM plan_version WHERE plan_id = ? ORDER BY id', theirs.planId),
				query(
					'SELECT * FROM plan_item WHERE version_id IN (SELECT id FROM plan_version WHERE plan_id = ?) ORDER BY id',
					theirs.planId
				),
				query('SELECT * FROM plan_access WHERE plan_id = ? ORDER BY account_id', theirs.planId)
			];
			return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
		},
		integrity() {
			return query<{ integrity_check: string }>('PRAGMA integrity_check')
				.map((row) => row.integrity_check)
				.join('; ');
		}
	};
}
