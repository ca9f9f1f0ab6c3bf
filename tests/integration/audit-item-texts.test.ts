import { describe, expect, it } from 'vitest';
import { auditItemTexts } from '$lib/server/audit-log/audit-item-texts';
import { outsidePeopleWithAccess } from '$lib/server/db/audit-log';
import { insertNextVersion } from '$lib/server/db/next-version';
import { grantPlanAccess } from '$lib/server/db/plan-access';
import { seedAccount } from './support/accounts';
import { fixture, storePlan, today, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

describe('the audit log names the item a row is about, as the plan has it now', () => {
	it('by kind, number and words, across versions, and says when it has been removed', async () => {
		const { db } = given.temp;
		const sarah = fixture('sarah');
		const created = await storePlan(db, given.org.organisationId, sarah, given.org.accountId);
		const [first, second] = sarah.outcomes;
		const v1 = (kind: string, id: string) => created.ids.get(`${kind}:${id}`)!;
		const nextVersionId = await db.transaction().execute((trx) =>
			insertNextVersion(trx, {
				planId: created.planId,
				number: 2,
				document: sarah,
				lineage: Object.fromEntries([...created.ids].map(([key, id]) => [key.slice(key.indexOf(':') + 1), id])),
				accountId: given.org.accountId,
				today,
				at: '2026-11-23T09:00:00.000Z'
			})
		);
		const v2Second = await db
			.selectFrom('plan_item')
			.select('id')
			.where('version_id', '=', nextVersionId)
			.where('lineage_id', '=', v1('outcome', second!.id))
			.executeTakeFirstOrThrow();
		// The first outcome is taken out of version 2: the second is now outcome 1.
		await db
			.deleteFrom('plan_item')
			.where('version_id', '=', nextVersionId)
			.where('lineage_id', '=', v1('outcome', first!.id))
			.execute();

		const row = (item: string | null) => ({ plan_id: created.planId, item });
		const texts = await auditItemTexts(db, [
			row(`outcome:${v1('outcome', second!.id)}`),
			row(`outcome:${v2Second.id}`),
			row(`outcome:${v1('outcome', first!.id)}`),
			row(`aspiration:${v1('aspiration', sarah.aspirations[0]!.id)}`),
			row('outcome:never-there'),
			row('child'),
			row(null),
			{ plan_id: null, item: `outcome:${v1('outcome', second!.id)}` }
		]);
		const start = second!.text.slice(0, 12);
		expect(texts[0]?.startsWith(`outcome 1: “${start}`), texts[0] ?? '').toBe(true);
		expect(texts[1]).toBe(texts[0]);
		expect(texts[2]).toBe('an outcome since removed');
		expect(texts[3]).toMatch(/^aspiration 1: “/);
		expect(texts[4]).toBe('an outcome since removed');
		expect(texts[5]).toBe('the child’s details');
		expect(texts[6]).toBeNull();
		expect(texts[7]).toBe('an outcome since removed');
	});

	it("offers family members and others outside who may see the organisation's plans in the person filter", async () => {
		const { db } = given.temp;
		const created = await storePlan(db, given.org.organisationId, fixture('sarah'), given.org.accountId);
		const family = await seedAccount(db, { id: 'mum', organisationId: null, role: null });
		await seedAccount(db, { id: 'elsewhere', organisationId: null, role: null });
		await grantPlanAccess(db, created.planId, family.id, 'contributor', given.org.accountId);
		expect(await outsidePeopleWithAccess(db, given.org.organisationId)).toEqual([
			{ id: 'mum', name: 'Person mum', professional_role: null }
		]);
	});
});
