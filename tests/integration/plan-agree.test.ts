import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { createAccount } from '$lib/server/db/accounts';
import { createOrganisation } from '$lib/server/db/organisations';
import { agreementOf, agreePlan, type AgreedSnapshot } from '$lib/server/db/plan-agree';
import { insertPlanDocument } from '$lib/server/db/plan-create';
import { PlanDraft } from '$lib/server/db/plan-draft';
import { loadPlan } from '$lib/server/db/plan-load';
import { saveItem } from '$lib/server/db/plan-items';
import { checkThread } from '$lib/thread/checker/check';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

const today = '2026-11-22';
let temp: TempDatabase;

function fixture(name: string): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

async function seed(document: PlanDocument) {
	const created = await temp.db
		.transaction()
		.execute((trx) => insertPlanDocument(trx, { organisationId: 'org', accountId: 'acc', document, today }));
	const loaded = (await loadPlan(temp.db, created.planId))!;
	return { planId: created.planId, versionId: created.versionId, loaded };
}

const version = (planId: string) =>
	temp.db
		.selectFrom('plan')
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.selectAll('plan_version')
		.where('plan.id', '=', planId)
		.executeTakeFirstOrThrow();
const audit = (planId: string) =>
	temp.db.selectFrom('audit_event').select(['action', 'account_id', 'item']).where('plan_id', '=', planId).execute();

beforeEach(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside Academy',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
	await createAccount(temp.db, {
		id: 'acc',
		email: 'd.price@example.org',
		name: 'Daniel Price',
		password_hash: 'x',
		organisation_id: 'org',
		role: 'coordinator',
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		created_at: '2026-11-22T09:00:00Z'
	});
});
afterEach(() => temp.dispose());

describe('agreePlan', () => {
	it("agrees Sarah's plan: status, when, by whom, with whom, the frozen snapshot and one audit row", async () => {
		const { planId, versionId, loaded } = await seed(fixture('sarah'));
		const [child, parent] = loaded.document.team;
		const result = await agreePlan(temp.db, {
			planId,
			versionId,
			accountId: 'acc',
			tookPart: [child!.id, parent!.id],
			today,
			ip: '127.0.0.1'
		});
		expect(result.ok).toBe(true);

		const row = await version(planId);
		expect(row.status).toBe('agreed');
		expect(row.agreed_by).toBe('acc');
		expect(row.agreed_at).toBe(result.ok ? result.agreedAt : null);
		expect(JSON.parse(row.agreed_with!)).toEqual([
			{ id: child!.id, name: 'Sarah Okafor', role: 'child-young-person' },
			{ id: parent!.id, name: 'Grace Okafor', role: 'parent-carer' }
		]);
		const snapshot = JSON.parse(row.snapshot!) as AgreedSnapshot;
		expect(snapshot.document).toEqual({ ...loaded.document, plan: { ...loaded.document.plan, status: 'agreed' } });
		expect(snapshot.findings).toEqual(checkThread(loaded.document, { today }));
		expect(await audit(planId)).toEqual([{ action: 'plan.agreed', account_id: 'acc', item: `version:${versionId}` }]);

		const agreement = await agreementOf(temp.db, row);
		expect(agreement).toEqual({ at: row.agreed_at, by: 'Daniel Price', tookPart: JSON.parse(row.agreed_with!) });
		expect((await loadPlan(temp.db, planId))!.document.plan.status).toBe('agreed');
	});

	it("keeps Kacper's three warnings in the snapshot: warnings do not stop agreement", async () => {
		const { planId, versionId, loaded } = await seed(fixture('kacper'));
		const result = await agreePlan(temp.db, {
			planId,
			versionId,
			accountId: 'acc',
			tookPart: [loaded.document.team[0]!.id],
			today,
			ip: null
		});
		expect(result.ok).toBe(true);
		const snapshot = JSON.parse((await version(planId)).snapshot!) as AgreedSnapshot;
		expect(snapshot.findings.map((f) => f.rule)).toEqual([
			'outcome-not-measurable',
			'provision-not-quantified',
			'provision-without-provider'
		]);
	});

	it('refuses a plan whose thread has an error, changing nothing and auditing nothing', async () => {
		const sarah = fixture('sarah');
		const broken = { ...sarah, outcomes: [...sarah.outcomes, { ...sarah.outcomes[0]!, id: 'o3', aspirationIds: [] }] };
		const { planId, versionId, loaded } = await seed(broken);
		const before = await version(planId);
		const result = await agreePlan(temp.db, {
			planId,
			versionId,
			accountId: 'acc',
			tookPart: [loaded.document.team[0]!.id],
			today,
			ip: null
		});
		expect(result).toMatchObject({ ok: false, reason: 'errors' });
		expect(result.ok === false && result.reason === 'errors' ? result.findings.map((f) => f.rule) : []).toEqual([
			'outcome-without-aspiration'
		]);
		expect(await version(planId)).toEqual(before);
		expect(await audit(planId)).toEqual([]);
	});

	it('checks the thread again at the moment of agreeing: an error that appeared since the page was shown stops it', async () => {
		const { planId, versionId, loaded } = await seed(fixture('sarah'));
		// Meanwhile someone unlinks a provision from its outcome: now it serves no outcome (an error).
		const provision = loaded.document.provision[0]!;
		const { id: _id, outcomeIds: _o, teamMemberId: _t, ...data } = provision;
		const saved = await temp.db.transaction().execute((trx) =>
			saveItem(
				trx,
				{
					versionId,
					kind: 'provision',
					data,
					links: { outcome: [] },
					accountId: 'acc',
					id: provision.id,
					expectedRevision: loaded.revisions[provision.id]!
				},
				new PlanDraft(loaded, loaded)
			)
		);
		expect(saved.ok).toBe(true);
		const result = await agreePlan(temp.db, {
			planId,
			versionId,
			accountId: 'acc',
			tookPart: [loaded.document.team[0]!.id],
			today,
			ip: null
		});
		expect(result).toMatchObject({ ok: false, reason: 'errors' });
		expect((await version(planId)).status).toBe('draft');
	});

	it('refuses to agree twice, an old version, or people who are not on the team', async () => {
		const { planId, versionId, loaded } = await seed(fixture('sarah'));
		const member = loaded.document.team[0]!.id;
		expect(
			await agreePlan(temp.db, { planId, versionId: 'another', accountId: 'acc', tookPart: [member], today, ip: null })
		).toEqual({ ok: false, reason: 'not-draft' });
		expect(
			await agreePlan(temp.db, { planId, versionId, accountId: 'acc', tookPart: [member, 'stranger'], today, ip: null })
		).toEqual({ ok: false, reason: 'unknown-members', ids: ['stranger'] });
		expect((await version(planId)).status).toBe('draft');
		expect(
			(await agreePlan(temp.db, { planId, versionId, accountId: 'acc', tookPart: [member], today, ip: null })).ok
		).toBe(true);
		const agreed = await version(planId);
		expect(
			await agreePlan(temp.db, { planId, versionId, accountId: 'acc', tookPart: [member], today, ip: null })
		).toEqual({ ok: false, reason: 'not-draft' });
		expect(await version(planId)).toEqual(agreed);
		expect((await audit(planId)).map((row) => row.action)).toEqual(['plan.agreed']);
		expect(
			await agreePlan(temp.db, { planId: 'nope', versionId, accountId: 'acc', tookPart: [member], today, ip: null })
		).toEqual({ ok: false, reason: 'not-found' });
	});
});
