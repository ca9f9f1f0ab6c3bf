/**
 * Seeds a local authority at scale into a new SQLite file, through the app's own repositories and use
 * cases so that every row is one the app would have written:
 * `tsx tests/bench/la-seed.ts <file> [children] [accounts] [audit rows]` (a local authority's size by
 * default; `la-seed-file.ts` runs it and caches the file).
 *
 * The history runs forward in time over the 380 days before today: the SEND team's accounts are set
 * up, then a plan is started for each child in turn, shared with one of the practitioners, and either
 * archived (1 in 50) or put forward to be agreed (7 in 10; agreed if its thread has no errors, which makes
 * 57 % agreed in all) or left a draft; between one plan and the next the team works on the
 * plans that exist so far (views, changes, downloads, sign-ins), more as the caseload grows, so that the
 * audit log ends at the size asked for, its rows in the order of their times.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { AuditAction } from '../../src/lib/audit-action-labels';
import { hashPassword } from '../../src/lib/server/auth/password';
import { setClock, today as todayInEngland } from '../../src/lib/server/clock/clock';
import { createAccount, readAccount, type Account } from '../../src/lib/server/db/accounts';
import { recordAuditGrouped } from '../../src/lib/server/db/audit-group-commit';
import { openDatabase } from '../../src/lib/server/db/database';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { migrationProvider } from '../../src/lib/server/db/migrations';
import { createOrganisation } from '../../src/lib/server/db/organisations';
import { grantPlanAccess } from '../../src/lib/server/db/plan-access';
import { insertPlanDocument } from '../../src/lib/server/db/plan-create';
import { recordAudit, type AuditEvent } from '../../src/lib/server/db/record-audit';
import type { Database } from '../../src/lib/server/db/schema';
import type { OrganisationRole } from '../../src/lib/roles';
import { agreePlan } from '../../src/lib/server/plans/agree-plan';
import { archivePlan } from '../../src/lib/server/plans/archive-plan';
import { planContext } from '../../src/lib/server/plans/plan-context';
import { newId } from '../../src/lib/server/tokens/token';
import { caseloadPlans, seededRandom } from './la-plans';
import { localAuthoritySize, seedPassword, seedReportPath, type SeedReport, type SeedSize } from './la-seed-file';

const [path, ...counts] = process.argv.slice(2);
if (!path) throw new Error('usage: la-seed.ts <file> [children] [accounts] [audit rows]');
const size: SeedSize = {
	children: Number(counts[0] ?? localAuthoritySize.children),
	accounts: Number(counts[1] ?? localAuthoritySize.accounts),
	auditRows: Number(counts[2] ?? localAuthoritySize.auditRows)
};

const dayMs = 86_400_000;
const started = performance.now();
const today = todayInEngland();
const end = Date.now();
const historyStart = end - 380 * dayMs;
const planStep = (end - historyStart) / size.children;
const random = seededRandom(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** What happens "now" in the history: the app's clock is moved to each event's time as it is written. */
function at(ms: number): void {
	setClock(() => new Date(ms));
}

/** What the work between plans says about each plan it touches. */
interface SeededPlan {
	id: string;
	versionId: string;
	practitioner: Account;
	/** A few of its items, as the audit log names them (`aspiration:<id>`). */
	items: string[];
}

/** The activity between plans, by how often each kind of row comes up in a working day. */
const activity: Array<{ action: AuditAction; weight: number }> = [
	{ action: 'plan.viewed', weight: 55 },
	{ action: 'plan.changed', weight: 20 },
	{ action: 'sign-in.password', weight: 6 },
	{ action: 'sign-in', weight: 6 },
	{ action: 'plan.exported.pdf', weight: 4 },
	{ action: 'sign-out', weight: 3 },
	{ action: 'sign-in.failed', weight: 2 },
	{ action: 'plan.exported.calendar', weight: 2 },
	{ action: 'plan.exported.json', weight: 1 },
	{ action: 'caseload.exported.calendar', weight: 1 }
];
const totalWeight = activity.reduce((sum, entry) => sum + entry.weight, 0);
const planActions = new Set<AuditAction>([
	'plan.viewed',
	'plan.changed',
	'plan.exported.pdf',
	'plan.exported.calendar',
	'plan.exported.json'
]);

function pickAction(): AuditAction {
	let left = random() * totalWeight;
	for (const entry of activity) {
		left -= entry.weight;
		if (left < 0) return entry.action;
	}
	return activity[0]!.action;
}

// Made in memory, where a commit costs no writes, then copied page by page into the file.
const handle = openDatabase(':memory:');
const { db } = handle;
await migrateToLatest(db, migrationProvider);

at(historyStart - 30 * dayMs);
const organisationId = newId();
await createOrganisation(db, {
	id: organisationId,
	name: 'Shirebrook County Council: SEND team',
	kind: 'local-authority-team',
	created_at: new Date(historyStart - 30 * dayMs).toISOString()
});

const { staff, addresses } = await seedStaff(db);
const admins = staff.filter((account) => account.role === 'admin');
const coordinators = staff.filter((account) => account.role === 'coordinator');
const practitioners = staff.filter((account) => account.role === 'practitioner');
await recordAudit(db, auditEvent('organisation.set-up', admins[0]!, null, null));

const plans = caseloadPlans(today);
const seeded: SeededPlan[] = [];
let agreed = 0;
let archived = 0;
for (let n = 0; n < size.children; n++) {
	const time = historyStart + n * planStep;
	const coordinator = coordinators[n % coordinators.length]!;
	const practitioner = practitioners[n % practitioners.length]!;
	at(time);
	const document = plans.plan(n, new Date(time).toISOString().slice(0, 10));
	const created = await db.transaction().execute(async (trx) => {
		const plan = await insertPlanDocument(trx, { organisationId, accountId: coordinator.id, document, today });
		await recordAudit(trx, auditEvent('plan.created', coordinator, plan.planId, null));
		await grantPlanAccess(trx, plan.planId, practitioner.id, 'editor', coordinator.id);
		await recordAudit(trx, auditEvent('access.granted', coordinator, plan.planId, `account:${practitioner.id}`));
		return plan;
	});
	const items = [...created.ids].slice(0, 6).map(([key, id]) => `${key.split(':')[0]}:${id}`);
	seeded.push({ id: created.planId, versionId: created.versionId, practitioner, items });

	at(time + planStep * 0.1);
	if (n % 50 === 7) {
		const ctx = await planContext(db, coordinator, created.planId, 'share', addresses.get(coordinator.id)!);
		const result = await archivePlan(ctx!, { reason: 'Moved to another local authority' });
		if (result.ok) archived++;
	} else if (n % 10 < 7) {
		const ctx = (await planContext(db, coordinator, created.planId, 'agree', addresses.get(coordinator.id)!))!;
		const tookPart = ctx.document.team.slice(0, 3).map((member) => member.id);
		const result = await agreePlan(ctx, { versionId: ctx.version.id, tookPart });
		if (result.ok) agreed++;
	}

	// The audit log grows with the square of the time gone by: more plans, more work on them.
	const due = Math.round(size.auditRows * ((n + 1) / size.children) ** 2);
	const written = await auditRowCount(db);
	const rows = n === size.children - 1 ? size.auditRows - written : Math.max(0, due - written);
	if (rows > 0) await writeActivity(db, rows, time + planStep * 0.2, planStep * 0.8);
	if (n % Math.ceil(size.children / 10) === 0) console.error(`Seeding: ${n} of ${size.children} plans…`);
}

const rowCount = await auditRowCount(db);
if (rowCount !== size.auditRows) throw new Error(`the seed wrote ${rowCount} audit rows, not ${size.auditRows}`);
// Copied under a name of its own, and renamed only once whole (after its report): a file at `path` is complete.
mkdirSync(dirname(path), { recursive: true });
const partial = `${path}.${process.pid}.partial`;
await handle.sqlite.backup(partial);
await handle.close();
const seconds = (performance.now() - started) / 1000;
writeFileSync(seedReportPath(path), JSON.stringify({ size, seconds } satisfies SeedReport));
renameSync(partial, path);
console.error(
	`Seeded ${size.children} children (${agreed} plans agreed, ${archived} archived), ${staff.length} accounts and ${rowCount} audit rows in ${seconds.toFixed(0)} s: ${path}`
);

/** 2 % administrators, 13 % coordinators and the rest practitioners, each at a desk of their own. */
async function seedStaff(db: Kysely<Database>) {
	const roles: OrganisationRole[] = Array.from({ length: size.accounts }, (_, k) =>
		k < Math.max(1, Math.round(size.accounts * 0.02))
			? 'admin'
			: k < Math.max(2, Math.round(size.accounts * 0.15))
				? 'coordinator'
				: 'practitioner'
	);
	const hashes = await Promise.all(roles.map(() => hashPassword(seedPassword)));
	const staff: Account[] = [];
	const addresses = new Map<string, string>();
	const base32 = 'abcdefghijklmnopqrstuvwxyz234567';
	for (const [k, role] of roles.entries()) {
		const id = newId();
		const name = `${pick(['Alex', 'Sam', 'Jo', 'Chris', 'Priya', 'Tom', 'Aisha', 'Kate', 'Dan', 'Ngozi'])} ${pick(['Price', 'Hart', 'Shah', 'Reilly', 'Osei', 'Walsh', 'Evans', 'Khan'])}`;
		await createAccount(db, {
			id,
			email: `${name.toLowerCase().replace(' ', '.')}.${k}@shirebrook.example.org`,
			name,
			password_hash: hashes[k]!,
			organisation_id: organisationId,
			role,
			totp_key: Array.from(randomBytes(32), (byte) => base32[byte % 32])
				.join('')
				.toUpperCase(),
			totp_last_counter: null,
			disabled_at: null,
			created_at: new Date(historyStart - 30 * dayMs).toISOString()
		});
		staff.push((await readAccount(db, id))!);
		addresses.set(id, `10.20.${Math.floor(k / 250)}.${(k % 250) + 1}`);
	}
	return { staff, addresses };
}

function auditEvent(action: AuditAction, account: Account, planId: string | null, item: string | null): AuditEvent {
	return {
		organisation_id: organisationId,
		account_id: account.id,
		plan_id: planId,
		action,
		item,
		ip: addresses.get(account.id)!
	};
}

async function auditRowCount(db: Kysely<Database>): Promise<number> {
	// The log is append-only, so its last id is its length.
	const row = await db
		.selectFrom('audit_event')
		.select((eb) => eb.fn.max('id').as('last'))
		.executeTakeFirstOrThrow();
	return Number(row.last ?? 0);
}

/** `rows` rows of the team's work on the plans made so far, spread evenly from `from` over `span` ms. */
async function writeActivity(db: Kysely<Database>, rows: number, from: number, span: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const written: Promise<void>[] = [];
		for (let r = 0; r < rows; r++) {
			at(from + (span * r) / rows);
			const action = pickAction();
			if (!planActions.has(action)) {
				written.push(recordAuditGrouped(trx, auditEvent(action, pick(staff), null, null)));
				continue;
			}
			const plan = seeded[Math.floor(random() * seeded.length)]!;
			const account = random() < 0.7 ? plan.practitioner : pick(coordinators);
			const item =
				action === 'plan.changed'
					? pick(plan.items)
					: action === 'plan.exported.pdf'
						? `version:${plan.versionId}`
						: null;
			written.push(recordAuditGrouped(trx, auditEvent(action, account, plan.id, item)));
		}
		await Promise.all(written);
	});
}
