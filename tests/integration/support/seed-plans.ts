import type { Kysely } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import type { PlanDocument } from '$lib/plan/document';
import { insertPlanDocument, type CreatedPlan } from '$lib/server/db/plan-create';
import type { Database } from '$lib/server/db/schema';
import { seedOrganisation, today } from '../../unit/interchange/support';
import { createTempDatabase, type TempDatabase } from './temp-database';

export { fixture, seedOrganisation, starterContext, today } from '../../unit/interchange/support';

/** What each test of a file that calls `withOrganisation` starts from. */
export interface Given {
	temp: TempDatabase;
	/** The organisation `riverside` and its coordinator. */
	org: { organisationId: string; accountId: string };
}

/**
 * Gives each test of the file a fresh database holding one organisation with its coordinator, removed
 * after it. Read the returned object's fields inside the tests: they are set before each one.
 */
export function withOrganisation(): Given {
	const given = {} as Given;
	beforeEach(async () => {
		given.temp = await createTempDatabase();
		given.org = await seedOrganisation(given.temp.db, 'riverside');
	});
	afterEach(() => given.temp.dispose());
	return given;
}

/** Stores `document` as a new draft plan of the organisation, as starting or importing one does. */
export function storePlan(
	db: Kysely<Database>,
	organisationId: string,
	document: PlanDocument,
	accountId: string | null = null
): Promise<CreatedPlan> {
	return db.transaction().execute((trx) => insertPlanDocument(trx, { organisationId, accountId, document, today }));
}

/** The audit rows about a plan, oldest first: what was done, by whom, to what and from where. */
export function planAudit(db: Kysely<Database>, planId: string) {
	return db
		.selectFrom('audit_event')
		.select(['action', 'account_id', 'item', 'ip'])
		.where('plan_id', '=', planId)
		.orderBy('id')
		.execute();
}

/** A plan's current version row. */
export function currentVersion(db: Kysely<Database>, planId: string) {
	return db
		.selectFrom('plan')
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.selectAll('plan_version')
		.where('plan.id', '=', planId)
		.executeTakeFirstOrThrow();
}
