import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { createAccount, type Account } from '$lib/server/db/accounts';
import { openDatabaseAt, type DatabaseHandle } from '$lib/server/db/open-database';
import { createOrganisation } from '$lib/server/db/organisations';
import { insertPlanDocument, type CreatedPlan } from '$lib/server/db/plan-create';
import { loadPlan } from '$lib/server/db/plan-load';
import { deleteItem } from '$lib/server/plans/delete-item';
import { moveItem } from '$lib/server/plans/move-item';
import { planContext } from '$lib/server/plans/plan-context';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { changePlanDetails } from '$lib/server/plans/save-details';
import { saveNeed } from '$lib/server/plans/save-need';
import { saveOutcome } from '$lib/server/plans/save-outcome';
import { saveProvision } from '$lib/server/plans/save-provision';
import { checkThread } from '$lib/thread/checker/check';
import { storedCounts } from '$lib/thread/checker/dated-counts';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

const today = '2026-11-22';
let temp: TempDatabase;
let sarah: CreatedPlan;
let coordinator: Account;
let family: Account;

function fixture(name: string): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

async function account(id: string, organisationId: string | null, role: Account['role']): Promise<Account> {
	const row: Account = {
		id,
		email: `${id}@example.org`,
		name: id,
		password_hash: 'x',
		organisation_id: organisationId,
		role,
		totp_key: null,
		totp_last_counter: null,
		disabled_at: null,
		professional_role: null,
		professional_organisation: null,
		created_at: '2026-11-22T09:00:00Z'
	};
	await createAccount(temp.db, row);
	return row;
}

const open = async (who = coordinator, action: 'edit' | 'contribute' = 'edit', db = temp.db) =>
	(await planContext(db, who, sarah.planId, action, '192.0.2.7'))!;

const auditRows = () => temp.db.selectFrom('audit_event').selectAll().where('plan_id', '=', sarah.planId).execute();

/** The stored counts and content revision, and what a full check of the plan as stored now gives. */
async function storedAndRecounted() {
	const loaded = (await loadPlan(temp.db, sarah.planId))!;
	return {
		stored: { errorCount: loaded.version.error_count, warningCount: loaded.version.warning_count },
		recounted: storedCounts(checkThread(loaded.document, { today })),
		contentRevision: loaded.version.content_revision,
		document: loaded.document
	};
}

beforeEach(async () => {
	temp = await createTempDatabase();
	await createOrganisation(temp.db, {
		id: 'org',
		name: 'Riverside',
		kind: 'school',
		created_at: '2026-11-22T09:00:00Z'
	});
	coordinator = await account('coordinator', 'org', 'coordinator');
	family = await account('family', null, null);
	sarah = await temp.db
		.transaction()
		.execute((trx) =>
			insertPlanDocument(trx, { organisationId: 'org', accountId: null, document: fixture('sarah'), today })
		);
	await temp.db
		.insertInto('plan_access')
		.values({
			plan_id: sarah.planId,
			account_id: family.id,
			level: 'contributor',
			granted_by: coordinator.id,
			granted_at: '2026-11-22T09:00:00Z'
		})
		.execute();
});
afterEach(() => temp.dispose());

describe('a change to a plan', () => {
	it('writes the change, its audit row, a new content revision and the counts of the plan as changed', async () => {
		const before = await storedAndRecounted();
		const result = await saveNeed(
			await open(),
			undefined,
			{ text: 'Finds noise hard.', area: 'sensory-and-physical' },
			[]
		);
		expect(result).toMatchObject({ ok: true, revision: 1 });
		const after = await storedAndRecounted();
		expect(after.document.needs.at(-1)).toMatchObject({ text: 'Finds noise hard.', aspirationIds: [] });
		expect(after.contentRevision).toBe(before.contentRevision + 1);
		// A need that leads to no outcome is a finding: the stored counts moved with it, worked out without a reload.
		expect(after.stored).toEqual(after.recounted);
		expect(after.stored).not.toEqual(before.stored);
		const audit = await auditRows();
		expect(audit.map((row) => [row.action, row.item, row.account_id, row.ip])).toEqual([
			['plan.changed', `need:${result.ok ? result.id : ''}`, 'coordinator', '192.0.2.7']
		]);
	});

	it('keeps the stored counts equal to a full check through any run of saves, moves and deletes', async () => {
		const operations = fc.array(
			fc.oneof(
				fc.record({ op: fc.constant('need' as const), linked: fc.boolean() }),
				fc.record({ op: fc.constant('outcome' as const), steps: fc.nat(2), dated: fc.boolean() }),
				fc.record({ op: fc.constant('provision' as const), linked: fc.boolean() }),
				fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
				fc.record({ op: fc.constant('move' as const), pick: fc.nat(), up: fc.boolean() }),
				fc.record({ op: fc.constant('review-date' as const), months: fc.integer({ min: 1, max: 14 }) })
			),
			{ minLength: 1, maxLength: 6 }
		);
		await fc.assert(
			fc.asyncProperty(operations, async (ops) => {
				for (const step of ops) {
					const ctx = await open();
					const { document } = ctx;
					const anyOf = <T>(list: readonly T[], pick: number) => list[pick % Math.max(1, list.length)];
					switch (step.op) {
						case 'need':
							await saveNeed(
								ctx,
								undefined,
								{ text: 'Needs time to process.', area: 'cognition-and-learning' },
								step.linked && document.aspirations[0] ? [document.aspirations[0].id] : []
							);
							break;
						case 'outcome':
							await saveOutcome(
								ctx,
								undefined,
								{
									text: 'Sarah will ask for help in class.',
									...(step.dated ? { targetDate: '2027-07-16' } : {}),
									aspirationIds: document.aspirations.slice(0, 1).map((a) => a.id),
									needIds: []
								},
								Array.from({ length: step.steps }, (_, i) => ({ text: `Step ${i + 1}` }))
							);
							break;
						case 'provision':
							await saveProvision(
								ctx,
								undefined,
								{ text: 'A mentor', sessions: 1, per: 'week', minutes: 30, groupSize: 1 },
								step.linked ? document.outcomes.slice(0, 1).map((o) => o.id) : []
							);
							break;
						case 'delete': {
							const row = anyOf(
								ctx.items.filter((item) => item.kind !== 'step'),
								step.pick
							);
							if (row) await deleteItem(ctx, row.kind, row.id, row.revision);
							break;
						}
						case 'move': {
							const row = anyOf(
								ctx.items.filter((item) => item.kind === 'outcome'),
								step.pick
							);
							if (row) await moveItem(ctx, 'outcome', row.id, step.up ? 'up' : 'down');
							break;
						}
						case 'review-date':
							await changePlanDetails(ctx, {
								title: document.plan.title,
								kind: document.plan.kind,
								startDate: document.plan.startDate,
								reviewDate: `2027-${String(step.months % 12 || 12).padStart(2, '0')}-01`,
								revision: ctx.version.revision
							});
							break;
					}
					const { stored, recounted } = await storedAndRecounted();
					expect(stored).toEqual(recounted);
				}
			}),
			{ numRuns: 25 }
		);
	});

	it('is refused, with nothing written, once the plan has been agreed meanwhile', async () => {
		const ctx = await open();
		await temp.db.updateTable('plan_version').set({ status: 'agreed' }).where('id', '=', sarah.versionId).execute();
		const before = await storedAndRecounted();
		const result = await saveAspiration(ctx, undefined, { text: 'I want to swim.', voice: 'child' });
		expect(result).toEqual({ ok: false, reason: 'frozen' });
		const after = await storedAndRecounted();
		expect(after.document).toEqual(before.document);
		expect(after.contentRevision).toBe(before.contentRevision);
		expect(await auditRows()).toEqual([]);
	});

	it('refuses a save based on an older revision, with nothing written', async () => {
		const ctx = await open();
		// A parent's words from before speakers were named change directly (the child's only by suggestion).
		const index = ctx.document.aspirations.findIndex((a) => a.voice === 'parent-carer');
		const first = ctx.document.aspirations[index]!;
		const target = { id: first.id, revision: ctx.revisions[first.id]! };
		expect(await saveAspiration(ctx, target, { text: 'One.', voice: 'parent-carer' })).toMatchObject({ ok: true });
		const stale = await saveAspiration(await open(), target, { text: 'Two.', voice: 'parent-carer' });
		expect(stale).toEqual({
			ok: false,
			reason: 'stale',
			currentRevision: target.revision + 1,
			changedBy: { name: ctx.account.name, at: expect.any(String), byYou: true }
		});
		expect((await storedAndRecounted()).document.aspirations[index]!.text).toBe('One.');
		expect(await auditRows()).toHaveLength(1);
	});

	it('lets the family write only in their own voices', async () => {
		const ctx = await open(family, 'contribute');
		const refused = await saveAspiration(ctx, undefined, { text: 'She should read more.', voice: 'professional' });
		expect(refused).toMatchObject({ ok: false, reason: 'forbidden' });
		const professional = ctx.document.aspirations.find((a) => a.voice === 'professional');
		if (professional) {
			const change = await saveAspiration(
				ctx,
				{ id: professional.id, revision: ctx.revisions[professional.id]! },
				{ text: 'Changed.', voice: 'parent-carer' }
			);
			expect(change).toMatchObject({ ok: false, reason: 'forbidden' });
		}
		expect(await auditRows()).toEqual([]);
		expect(await saveAspiration(ctx, undefined, { text: 'I want a dog.', voice: 'child' })).toMatchObject({ ok: true });
	});

	it('refuses links to items of another plan, with nothing written', async () => {
		const other = await temp.db
			.transaction()
			.execute((trx) =>
				insertPlanDocument(trx, { organisationId: 'org', accountId: null, document: fixture('sarah'), today })
			);
		const theirs = other.ids.get('aspiration:a1')!;
		const result = await saveNeed(await open(), undefined, { text: 'x', area: 'cognition-and-learning' }, [theirs]);
		expect(result).toEqual({ ok: false, reason: 'bad-link', ids: [theirs] });
		expect(await auditRows()).toEqual([]);
	});
});

describe('the parsed plan a server keeps', () => {
	let counted: DatabaseHandle;
	let itemReads = 0;
	beforeEach(() => {
		itemReads = 0;
		counted = openDatabaseAt(temp.location, {
			log: (event) => {
				if (event.level === 'query' && /from "plan_item"/.test(event.query.sql)) itemReads++;
			}
		});
	});
	afterEach(() => counted.close());

	it('is read whole once, then only its head while nothing changes', async () => {
		await open(coordinator, 'edit', counted.db);
		const first = itemReads;
		await open(coordinator, 'edit', counted.db);
		await open(coordinator, 'edit', counted.db);
		expect(itemReads).toBe(first);
	});

	it('is read afresh after a change, here or by another server, and shows it', async () => {
		await open(coordinator, 'edit', counted.db);
		const ctx = await open();
		await saveAspiration(ctx, undefined, { text: 'I want to sing.', voice: 'child' });
		expect((await open(coordinator, 'edit', counted.db)).document.aspirations.at(-1)?.text).toBe('I want to sing.');
		// Another server: the row changed and the content revision moved on, as every change the app makes does.
		const id = ctx.document.aspirations[0]!.id;
		await temp.db
			.updateTable('plan_item')
			.set({ data: JSON.stringify({ text: 'Changed elsewhere.', voice: 'child' }) })
			.where('id', '=', id)
			.execute();
		await temp.db
			.updateTable('plan_version')
			.set((eb) => ({ content_revision: eb('content_revision', '+', 1) }))
			.where('id', '=', sarah.versionId)
			.execute();
		expect((await open(coordinator, 'edit', counted.db)).document.aspirations[0]!.text).toBe('Changed elsewhere.');
	});

	it('is one frozen copy shared by requests, so that no page can change it for the next', async () => {
		const a = await open();
		const b = await open();
		expect(a.document).toBe(b.document);
		expect(() => (a.document.aspirations as unknown[]).push({})).toThrow(TypeError);
		expect(() => Object.assign(a.document.outcomes[0]!, { text: 'x' })).toThrow(TypeError);
	});
});
