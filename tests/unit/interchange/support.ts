// Helpers shared by the interchange and child-records integration tests (kept here, with the interchange unit tests; not a test file itself).
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { parsePlanDocument, type PlanDocument } from '../../../src/lib/plan/document';
import { createAccount, readAccount } from '../../../src/lib/server/db/accounts';
import { createOrganisation } from '../../../src/lib/server/db/organisations';
import type { Database } from '../../../src/lib/server/db/schema';
import { appTableNames, tableContents } from '../../../src/lib/server/db/table-contents';
import type { PlanStarter, StarterContext } from '../../../src/lib/server/plans/account-context';

export const today = '2026-11-22';

export function fixtureText(name: 'sarah' | 'amara' | 'kacper' | 'tariq'): string {
	return readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8');
}

export function fixture(name: 'sarah' | 'amara' | 'kacper' | 'tariq'): PlanDocument {
	const result = parsePlanDocument(JSON.parse(fixtureText(name)), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

/** An organisation with one coordinator, for tests to import into. */
export async function seedOrganisation(db: Kysely<Database>, id: string) {
	await createOrganisation(db, { id, name: `School ${id}`, kind: 'school', created_at: '2026-11-22T09:00:00Z' });
	const accountId = `${id}-coordinator`;
	await createAccount(db, {
		id: accountId,
		email: `${accountId}@example.org`,
		name: `Coordinator of ${id}`,
		password_hash: 'x',
		organisation_id: id,
		role: 'coordinator',
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: '2026-11-22T09:00:00Z'
	});
	return { organisationId: id, accountId };
}

/** The context the import page opens for an organisation's coordinator, as `seedOrganisation` made them. */
export async function starterContext(db: Kysely<Database>, org: { accountId: string }): Promise<StarterContext> {
	const account = (await readAccount(db, org.accountId)) as PlanStarter;
	return { db, account, ip: '127.0.0.1' };
}

export { appTableNames as tableNames };

/** Row counts of every table and a checksum of all their rows: equal snapshots mean nothing changed. */
export async function snapshot(db: Kysely<Database>): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const name of await appTableNames(db)) {
		const { rows, checksum } = await tableContents(db, name);
		out[name] = `${rows}:${checksum}`;
	}
	return out;
}

/** A multipart request as the import form's browser would send it. */
export function importRequest(fields: Record<string, string | Blob>, fileName = 'plan.json'): Request {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		if (typeof value === 'string') form.append(name, value);
		else form.append(name, value, fileName);
	}
	return new Request('http://localhost/plans/import', { method: 'POST', body: form });
}
