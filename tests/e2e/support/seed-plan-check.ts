import type { PlanDocument } from '../../../src/lib/plan/document';
import { withE2eDatabase } from './e2e-database';
import { fixturePlan } from './plans';

/**
 * Plans for checking and agreeing, and a look at what the e2e server's database holds afterwards.
 * Plans themselves are seeded with `seedPlan` / `signedInWithPlan` (tests/e2e/support/plans.ts), which
 * run the app's own `insertPlanDocument`.
 */

/**
 * Sarah's plan with one more outcome that works towards no aspiration: one Problem
 * (`outcome-without-aspiration`), and with it two Checks on the same outcome (no need, no provision).
 */
export function brokenPlan(): PlanDocument {
	const sarah = fixturePlan('sarah');
	return {
		...sarah,
		outcomes: [
			...sarah.outcomes,
			{
				id: 'o3',
				text: 'By July 2027, Sarah will order her own lunch at the canteen counter.',
				aspirationIds: [],
				needIds: [],
				targetDate: '2027-07-16',
				successCriteria:
					'Sarah orders her lunch on her own on four days out of five, as seen by the lunchtime supervisor.',
				steps: []
			}
		]
	};
}

/** The plan's current version as stored: status and the agreement's record. */
export function currentVersion(planId: string) {
	return withE2eDatabase((db) =>
		db
			.selectFrom('plan as p')
			.innerJoin('plan_version as v', 'v.id', 'p.current_version_id')
			.select(['v.status', 'v.agreed_by', 'v.agreed_at', 'v.agreed_with', 'v.snapshot'])
			.where('p.id', '=', planId)
			.executeTakeFirstOrThrow()
	);
}

/** Every item of the plan's current version, as stored (kind, revision, data), to see that nothing changed. */
export function storedItems(planId: string) {
	return withE2eDatabase((db) =>
		db
			.selectFrom('plan as p')
			.innerJoin('plan_item as i', 'i.version_id', 'p.current_version_id')
			.select(['i.id', 'i.kind', 'i.revision', 'i.data'])
			.where('p.id', '=', planId)
			.orderBy('i.kind')
			.orderBy('i.position')
			.orderBy('i.id')
			.execute()
	);
}

/** The plan's audit rows, in order. */
export function planAudit(planId: string) {
	return withE2eDatabase((db) =>
		db.selectFrom('audit_event').select(['action', 'account_id']).where('plan_id', '=', planId).orderBy('id').execute()
	);
}
