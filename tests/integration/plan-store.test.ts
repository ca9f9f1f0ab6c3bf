import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { serialisePlanDocument } from '$lib/plan/serialise';
import { createOrganisation } from '$lib/server/db/organisations';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { loadPlan } from '$lib/server/db/plan-load';
import { largestPlan } from '../fixtures/largest-plan';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

const today = '2026-11-22';
let temp: TempDatabase;

function fixture(name: string): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

async function roundTrip(document: PlanDocument) {
	const created = await temp.db
		.transaction()
		.execute((trx) => insertPlanDocument(trx, { organisationId: 'org', accountId: null, document, today }));
	const loaded = await loadPlan(temp.db, created.planId);
	return { created, loaded: loaded! };
}

beforeEach(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside Academy',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
});
afterEach(() => temp.dispose());

describe('storing a plan', () => {
	it.each(['sarah', 'amara', 'kacper', 'tariq'])(
		"stores %s's plan and loads back the same document, apart from ids",
		async (name) => {
			const document = fixture(name);
			const { loaded } = await roundTrip(document);
			expect(serialisePlanDocument(loaded.document)).toEqual(
				serialisePlanDocument({ ...document, plan: { ...document.plan, status: 'draft' } })
			);
		}
	);

	it('keeps the thread counts for the caseload', async () => {
		const kacper = await roundTrip(fixture('kacper'));
		expect(kacper.loaded.version).toMatchObject({ number: 1, status: 'draft', error_count: 0, warning_count: 3 });
	});

	it('gives every step an id under its outcome and every item revision 1', async () => {
		const { loaded } = await roundTrip(fixture('sarah'));
		expect(Object.keys(loaded.stepIds)).toEqual(loaded.document.outcomes.map((o) => o.id));
		expect(Object.values(loaded.stepIds).map((ids) => ids.length)).toEqual([1, 1]);
		expect(new Set(Object.values(loaded.revisions))).toEqual(new Set([1]));
	});

	it('loads a plan of 200 items in every list, with all its links', async () => {
		const result = parsePlanDocument(largestPlan({ items: 200, stepsPerOutcome: 2, textLength: 200 }), { today });
		if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
		const { loaded } = await roundTrip(result.plan);
		expect(serialisePlanDocument(loaded.document)).toEqual(
			serialisePlanDocument({ ...result.plan, plan: { ...result.plan.plan, status: 'draft' } })
		);
	});

	it('answers undefined for a plan that does not exist', async () => {
		expect(await loadPlan(temp.db, 'nope')).toBeUndefined();
	});
});
