import { readFileSync } from 'node:fs';
import type { Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanDocument, type PlanDocument } from '$lib/plan/document';
import { createAccount, type Account } from '$lib/server/db/accounts';
import { createOrganisation } from '$lib/server/db/organisations';
import { insertPlanDocument, type CreatedPlan } from '$lib/server/db/plan-create';
import * as rows from '$lib/server/db/plan-items';
import { PlanDraft } from '$lib/server/db/plan-draft';
import { loadPlan } from '$lib/server/db/plan-load';
import type { Database } from '$lib/server/db/schema';
import { moveItem as moveInGroup } from '$lib/server/plans/move-item';
import { planContext } from '$lib/server/plans/plan-context';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

const today = '2026-11-22';
let temp: TempDatabase;
let sarah: CreatedPlan;
let other: CreatedPlan;

function fixture(name: string): PlanDocument {
	const result = parsePlanDocument(JSON.parse(readFileSync(`tests/fixtures/${name}.plan.json`, 'utf8')), { today });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.plan;
}

const store = (document: PlanDocument) =>
	temp.db
		.transaction()
		.execute((trx) => insertPlanDocument(trx, { organisationId: 'org', accountId: null, document, today }));
/** The repository's writes take a draft of the version to mirror into; these tests read the database itself. */
let scratch: PlanDraft;
const saveItem = (trx: Transaction<Database>, write: Parameters<typeof rows.saveItem>[1]) =>
	rows.saveItem(trx, write, scratch);
const deleteItem = (trx: Transaction<Database>, versionId: string, itemId: string, revision: number) =>
	rows.deleteItem(trx, versionId, itemId, revision, scratch);
const moveItem = (trx: Transaction<Database>, versionId: string, itemId: string, direction: 'up' | 'down') =>
	rows.moveItem(trx, versionId, itemId, direction, scratch);
const inTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) => temp.db.transaction().execute(work);
const id = (plan: CreatedPlan, key: string) => plan.ids.get(key)!;
const counts = async () => ({
	items: Number(
		(
			await temp.db
				.selectFrom('plan_item')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	),
	links: Number(
		(
			await temp.db
				.selectFrom('plan_link')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	)
});

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
	sarah = await store(fixture('sarah'));
	other = await store(fixture('sarah'));
	const loaded = (await loadPlan(temp.db, sarah.planId))!;
	scratch = new PlanDraft(loaded, loaded);
});
afterEach(() => temp.dispose());

describe('saving each kind of item', () => {
	it('adds an aspiration at the end of the list, revision 1', async () => {
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'aspiration',
				data: { text: 'I want to ride a horse.', voice: 'child' },
				accountId: 'acc'
			})
		);
		expect(result).toMatchObject({ ok: true, revision: 1 });
		const loaded = (await loadPlan(temp.db, sarah.planId))!;
		expect(loaded.document.aspirations.at(-1)).toEqual({
			id: result.ok ? result.id : '',
			text: 'I want to ride a horse.',
			voice: 'child'
		});
	});

	it('changes a need and replaces its links to aspirations', async () => {
		const needId = id(sarah, 'need:n2');
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'need',
				id: needId,
				expectedRevision: 1,
				data: { text: 'Finds it hard to judge who is safe.', area: 'social-emotional-and-mental-health' },
				links: { aspiration: [id(sarah, 'aspiration:a1')] },
				accountId: 'acc'
			})
		);
		expect(result).toEqual({ ok: true, id: needId, revision: 2 });
		const need = (await loadPlan(temp.db, sarah.planId))!.document.needs.find((n) => n.id === needId);
		expect(need).toEqual({
			id: needId,
			text: 'Finds it hard to judge who is safe.',
			area: 'social-emotional-and-mental-health',
			aspirationIds: [id(sarah, 'aspiration:a1')]
		});
	});

	it('adds an outcome with its aspirations, needs and a step under it', async () => {
		const outcome = await inTransaction(async (trx) => {
			const saved = await saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'outcome',
				data: {
					text: 'By July 2027, Sarah will order lunch in a café.',
					targetDate: '2027-07-23',
					successCriteria: 'Three times, as her mum records.'
				},
				links: { aspiration: [id(sarah, 'aspiration:a2')], need: [id(sarah, 'need:n1')] },
				accountId: 'acc'
			});
			if (!saved.ok) throw new Error(saved.reason);
			const step = await saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'step',
				data: { text: 'Practise with a menu at school.', targetDate: '2027-03-01' },
				parentId: saved.id,
				accountId: 'acc'
			});
			expect(step).toMatchObject({ ok: true });
			return saved.id;
		});
		const loaded = (await loadPlan(temp.db, sarah.planId))!;
		expect(loaded.document.outcomes.find((o) => o.id === outcome)).toEqual({
			id: outcome,
			text: 'By July 2027, Sarah will order lunch in a café.',
			targetDate: '2027-07-23',
			successCriteria: 'Three times, as her mum records.',
			aspirationIds: [id(sarah, 'aspiration:a2')],
			needIds: [id(sarah, 'need:n1')],
			steps: [{ text: 'Practise with a menu at school.', targetDate: '2027-03-01' }]
		});
		expect(loaded.stepIds[outcome]).toHaveLength(1);
	});

	it('adds provision linked to outcomes and a team member', async () => {
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'provision',
				data: {
					text: 'Speech and language therapy',
					deliveredBy: 'Speech and language therapist',
					sessions: 1,
					per: 'week',
					minutes: 30,
					groupSize: 1
				},
				links: { outcome: [id(sarah, 'outcome:o1')], team: [id(sarah, 'team:t5')] },
				accountId: 'acc'
			})
		);
		if (!result.ok) throw new Error(result.reason);
		const provision = (await loadPlan(temp.db, sarah.planId))!.document.provision.find((p) => p.id === result.id);
		expect(provision).toMatchObject({
			outcomeIds: [id(sarah, 'outcome:o1')],
			teamMemberId: id(sarah, 'team:t5'),
			sessions: 1,
			per: 'week',
			minutes: 30,
			groupSize: 1
		});
	});
});

describe('refusals', () => {
	it('refuses links to another plan’s items and writes nothing', async () => {
		const before = await counts();
		const foreign = id(other, 'aspiration:a1');
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'outcome',
				data: { text: 'An outcome' },
				links: { aspiration: [id(sarah, 'aspiration:a1'), foreign] },
				accountId: 'acc'
			})
		);
		expect(result).toEqual({ ok: false, reason: 'bad-link', ids: [foreign] });
		expect(await counts()).toEqual(before);
	});

	it('refuses a change of an existing need to link to another plan’s aspiration, keeping its old links', async () => {
		const needId = id(sarah, 'need:n1');
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'need',
				id: needId,
				expectedRevision: 1,
				data: { text: 'Changed', area: 'health' },
				links: { aspiration: [id(other, 'aspiration:a1')] },
				accountId: 'acc'
			})
		);
		expect(result).toMatchObject({ ok: false, reason: 'bad-link' });
		const need = (await loadPlan(temp.db, sarah.planId))!.document.needs.find((n) => n.id === needId)!;
		expect(need.text).toMatch(/^Sarah has a language delay/);
		expect(need.aspirationIds).toEqual([id(sarah, 'aspiration:a1')]);
	});

	it('refuses a save based on an old revision and says what the other person saved', async () => {
		const outcomeId = id(sarah, 'outcome:o1');
		const write = {
			versionId: sarah.versionId,
			kind: 'outcome' as const,
			id: outcomeId,
			expectedRevision: 1,
			accountId: 'acc'
		};
		expect(await inTransaction((trx) => saveItem(trx, { ...write, data: { text: 'A saved first.' } }))).toMatchObject({
			ok: true,
			revision: 2
		});
		const stale = await inTransaction((trx) => saveItem(trx, { ...write, data: { text: 'B saved second.' } }));
		const changedBy = { name: 'Daniel Price', at: expect.stringMatching(/^\d{4}-/), byYou: true };
		expect(stale).toEqual({ ok: false, reason: 'stale', currentRevision: 2, changedBy });
		// Refused to someone else, it names who saved it.
		const theirs = await inTransaction((trx) =>
			saveItem(trx, { ...write, accountId: 'someone-else', data: { text: 'C saved third.' } })
		);
		expect(theirs).toMatchObject({ reason: 'stale', changedBy: { name: 'Daniel Price', byYou: false } });
		expect((await loadPlan(temp.db, sarah.planId))!.document.outcomes[0]!.text).toBe('A saved first.');
		expect(
			await inTransaction((trx) => saveItem(trx, { ...write, expectedRevision: 2, data: { text: 'B saved second.' } }))
		).toMatchObject({ ok: true, revision: 3 });
	});

	it('refuses to change an item of another plan', async () => {
		const result = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'aspiration',
				id: id(other, 'aspiration:a1'),
				expectedRevision: 1,
				data: { text: 'Hijack', voice: 'child' },
				accountId: 'acc'
			})
		);
		expect(result).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('deleting and moving', () => {
	it('deletes an outcome with its steps and every link to and from it', async () => {
		const outcomeId = id(sarah, 'outcome:o1');
		const links = async () =>
			temp.db
				.selectFrom('plan_link')
				.select(['from_id', 'to_id'])
				.where((eb) => eb.or([eb('from_id', '=', outcomeId), eb('to_id', '=', outcomeId)]))
				.execute();
		expect((await links()).length).toBeGreaterThan(0);
		expect(await inTransaction((trx) => deleteItem(trx, sarah.versionId, outcomeId, 1))).toMatchObject({ ok: true });
		expect(await links()).toEqual([]);
		expect(await temp.db.selectFrom('plan_item').select('id').where('parent_id', '=', outcomeId).execute()).toEqual([]);
		const loaded = (await loadPlan(temp.db, sarah.planId))!;
		expect(loaded.document.outcomes.map((o) => o.id)).toEqual([id(sarah, 'outcome:o2')]);
		expect(loaded.document.provision.flatMap((p) => p.outcomeIds)).not.toContain(outcomeId);
	});

	it('refuses to delete an item changed since the confirmation was shown', async () => {
		const aspirationId = id(sarah, 'aspiration:a1');
		await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'aspiration',
				id: aspirationId,
				expectedRevision: 1,
				data: { text: 'Changed', voice: 'child' },
				accountId: 'acc'
			})
		);
		expect(await inTransaction((trx) => deleteItem(trx, sarah.versionId, aspirationId, 1))).toMatchObject({
			ok: false,
			reason: 'stale',
			currentRevision: 2
		});
		expect(await inTransaction((trx) => deleteItem(trx, other.versionId, aspirationId, 2))).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('moves an item by swapping places with its neighbour, and not past either end', async () => {
		const [o1, o2] = [id(sarah, 'outcome:o1'), id(sarah, 'outcome:o2')];
		expect(await inTransaction((trx) => moveItem(trx, sarah.versionId, o1, 'down'))).toBe(true);
		expect((await loadPlan(temp.db, sarah.planId))!.document.outcomes.map((o) => o.id)).toEqual([o2, o1]);
		expect(await inTransaction((trx) => moveItem(trx, sarah.versionId, o1, 'down'))).toBe(false);
		expect(await inTransaction((trx) => moveItem(trx, sarah.versionId, o1, 'up'))).toBe(true);
		expect((await loadPlan(temp.db, sarah.planId))!.document.outcomes.map((o) => o.id)).toEqual([o1, o2]);
	});

	it('moves an aspiration within its voice, past those in other voices between', async () => {
		// Sarah's plan: a1 (child), a2 (child), a3 (parent-carer). Add a child's aspiration after a3.
		const added = await inTransaction((trx) =>
			saveItem(trx, {
				versionId: sarah.versionId,
				kind: 'aspiration',
				data: { text: 'I want a dog.', voice: 'child' },
				accountId: 'acc'
			})
		);
		if (!added.ok) throw new Error(added.reason);
		const voice = (data: unknown) => String((data as { voice: string }).voice);
		const account = (await temp.db.selectFrom('account').selectAll().where('id', '=', 'acc').executeTakeFirst())!;
		const ctx = async () => (await planContext(temp.db, account as Account, sarah.planId, 'edit', '127.0.0.1'))!;
		expect(await moveInGroup(await ctx(), 'aspiration', added.id, 'up', voice)).toEqual({ ok: true });
		const order = (await loadPlan(temp.db, sarah.planId))!.document.aspirations.map((a) => a.id);
		expect(order).toEqual([
			id(sarah, 'aspiration:a1'),
			added.id,
			id(sarah, 'aspiration:a3'),
			id(sarah, 'aspiration:a2')
		]);
		const children = (await loadPlan(temp.db, sarah.planId))!.document.aspirations
			.filter((a) => a.voice === 'child')
			.map((a) => a.id);
		expect(children).toEqual([id(sarah, 'aspiration:a1'), added.id, id(sarah, 'aspiration:a2')]);
		// The parent's aspiration is alone in its group: it cannot move.
		expect(await moveInGroup(await ctx(), 'aspiration', id(sarah, 'aspiration:a3'), 'up', voice)).toEqual({
			ok: false,
			reason: 'at-end'
		});
	});

	it('will not move an item of another kind or another plan', async () => {
		const account = (await temp.db.selectFrom('account').selectAll().where('id', '=', 'acc').executeTakeFirst())!;
		const ctx = (await planContext(temp.db, account as Account, sarah.planId, 'edit', '127.0.0.1'))!;
		expect(await moveInGroup(ctx, 'need', id(sarah, 'outcome:o2'), 'up')).toEqual({ ok: false, reason: 'not-found' });
		expect(await moveInGroup(ctx, 'outcome', id(other, 'outcome:o2'), 'up')).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});
