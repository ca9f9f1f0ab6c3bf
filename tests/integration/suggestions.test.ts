import { describe, expect, it } from 'vitest';
import { readAccount, type Account } from '$lib/server/db/accounts';
import { loadPlan } from '$lib/server/db/plan-load';
import { acceptSuggestion } from '$lib/server/plans/accept-suggestion';
import { declineSuggestion } from '$lib/server/plans/decline-suggestion';
import { planContext } from '$lib/server/plans/plan-context';
import { saveAspiration } from '$lib/server/plans/save-aspiration';
import { saveProfileItem } from '$lib/server/plans/save-profile-item';
import { profileItems } from '$lib/server/db/plan-details';
import { seedAccount } from './support/accounts';
import { fixture, storePlan, withOrganisation } from './support/seed-plans';

const given = withOrganisation();

/** Sarah's plan, with Grace (her mother, a family account) and a practitioner who may edit. */
async function setUp() {
	const { db } = given.temp;
	const plan = await storePlan(db, given.org.organisationId, fixture('sarah'), given.org.accountId);
	await seedAccount(db, { id: 'grace', organisationId: null, role: null });
	await db.updateTable('account').set({ name: 'Grace Okafor' }).where('id', '=', 'grace').execute();
	const grace = (await readAccount(db, 'grace'))!;
	await db
		.insertInto('plan_access')
		.values({
			plan_id: plan.planId,
			account_id: 'grace',
			level: 'contributor',
			granted_by: null,
			granted_at: '2026-11-22T09:00:00Z'
		})
		.execute();
	const coordinator = (await readAccount(db, given.org.accountId))!;
	const as = async (account: Account, action: 'contribute' | 'edit' = 'contribute') =>
		(await planContext(db, account, plan.planId, action, '192.0.2.9'))!;
	const audit = async () =>
		await db
			.selectFrom('audit_event')
			.select(['action', 'account_id', 'item'])
			.where('plan_id', '=', plan.planId)
			.orderBy('id')
			.execute();
	const suggestions = () => db.selectFrom('suggestion').selectAll().where('plan_id', '=', plan.planId).execute();
	const stored = async () => (await loadPlan(db, plan.planId))!;
	return { plan, grace, coordinator, as, audit, suggestions, stored };
}

describe('changing the child’s words', () => {
	it('makes a suggestion, even for an editor, and leaves the words as they were said', async () => {
		const { coordinator, as, audit, suggestions, stored } = await setUp();
		const ctx = await as(coordinator, 'edit');
		const childs = ctx.document.aspirations.find((a) => a.voice === 'child')!;
		const before = await stored();
		const result = await saveAspiration(
			ctx,
			{ id: childs.id, revision: ctx.revisions[childs.id]! },
			{ text: 'I want to have friends and do well at school.', voice: 'child' }
		);
		expect(result).toEqual({ ok: true, id: childs.id, revision: ctx.revisions[childs.id], suggested: true });
		const after = await stored();
		expect(after.document.aspirations.find((a) => a.id === childs.id)!.text).toBe(childs.text);
		expect(after.version.content_revision).toBe(before.version.content_revision);
		expect(await suggestions()).toMatchObject([
			{
				item_id: childs.id,
				text: 'I want to have friends and do well at school.',
				status: 'open',
				suggested_by: coordinator.id
			}
		]);
		expect(await audit()).toEqual([
			{ action: 'suggestion.made', account_id: coordinator.id, item: `aspiration:${childs.id}` }
		]);
	});

	it('is accepted by an editor only with the child’s agreement recorded; then the words change, with their history', async () => {
		const { grace, coordinator, as, audit, suggestions, stored } = await setUp();
		const family = await as(grace);
		const childs = family.document.aspirations.find((a) => a.voice === 'child')!;
		await saveAspiration(
			family,
			{ id: childs.id, revision: family.revisions[childs.id]! },
			{ text: 'I want to have friends and do well at school.', voice: 'child' }
		);
		const [suggestion] = await suggestions();

		// Grace cannot accept a change to Sarah's words on her own.
		expect(await acceptSuggestion(await as(grace), { suggestionId: suggestion!.id })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		// Nor can the coordinator without recording that Sarah agreed.
		expect(await acceptSuggestion(await as(coordinator, 'edit'), { suggestionId: suggestion!.id })).toEqual({
			ok: false,
			reason: 'needs-agreement'
		});
		expect((await audit()).map((row) => row.action)).toEqual(['suggestion.made']);
		expect((await suggestions())[0]!.status).toBe('open');

		const accepted = await acceptSuggestion(await as(coordinator, 'edit'), {
			suggestionId: suggestion!.id,
			agreed: true,
			how: 'in the review meeting'
		});
		expect(accepted).toEqual({ ok: true, itemId: childs.id });
		const after = (await stored()).document.aspirations.find((a) => a.id === childs.id)!;
		expect(after.text).toBe('I want to have friends and do well at school.');
		expect(after.voice).toBe('child');
		expect((await suggestions())[0]).toMatchObject({
			status: 'accepted',
			decided_by: coordinator.id,
			decided_with: 'Sarah, in the review meeting',
			suggested_by_name: 'Grace Okafor'
		});
		expect(await audit()).toEqual([
			{ action: 'suggestion.made', account_id: 'grace', item: `aspiration:${childs.id}` },
			{ action: 'suggestion.accepted', account_id: coordinator.id, item: `aspiration:${childs.id}` }
		]);
	});
});

describe('someone’s own words', () => {
	it('are recorded as theirs; they change them directly, others suggest, and they decide', async () => {
		const { grace, coordinator, as, audit, suggestions, stored } = await setUp();
		const added = await saveAspiration(await as(grace), undefined, {
			text: 'We want Sarah to be happy.',
			voice: 'parent-carer'
		});
		if (!added.ok) throw new Error('not added');
		const saidBy = (await stored()).document.aspirations.find((a) => a.id === added.id)!.saidBy;
		expect(saidBy).toMatchObject({ name: 'Grace Okafor', recordedBy: 'Grace Okafor', accountId: 'grace' });
		expect(saidBy?.recordedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// Grace changes her own words directly.
		const own = await as(grace);
		const changed = await saveAspiration(
			own,
			{ id: added.id, revision: own.revisions[added.id]! },
			{ text: 'We want Sarah to be happy at school.', voice: 'parent-carer' }
		);
		expect(changed).toMatchObject({ ok: true });
		expect(changed).not.toHaveProperty('suggested');

		// The coordinator's change is a suggestion, which Grace declines, then another which she accepts.
		const staff = await as(coordinator, 'edit');
		const target = { id: added.id, revision: staff.revisions[added.id]! };
		await saveAspiration(staff, target, { text: 'Happy and safe.', voice: 'parent-carer' });
		const [first] = await suggestions();
		expect(await declineSuggestion(await as(grace), { suggestionId: first!.id })).toEqual({
			ok: true,
			itemId: added.id
		});
		expect((await stored()).document.aspirations.find((a) => a.id === added.id)!.text).toBe(
			'We want Sarah to be happy at school.'
		);
		await saveAspiration(await as(coordinator, 'edit'), target, {
			text: 'Happy at school and at home.',
			voice: 'parent-carer'
		});
		const second = (await suggestions()).find((s) => s.status === 'open')!;
		expect(await acceptSuggestion(await as(grace), { suggestionId: second.id })).toEqual({
			ok: true,
			itemId: added.id
		});
		const after = (await stored()).document.aspirations.find((a) => a.id === added.id)!;
		expect(after.text).toBe('Happy at school and at home.');
		expect(after.saidBy?.name).toBe('Grace Okafor');
		expect((await suggestions()).find((s) => s.id === second.id)).toMatchObject({
			decided_by: 'grace',
			decided_with: null
		});
		expect((await audit()).map((row) => row.action)).toEqual([
			'plan.changed',
			'plan.changed',
			'suggestion.made',
			'suggestion.declined',
			'suggestion.made',
			'suggestion.accepted'
		]);
		// Decided once: not again.
		expect(await declineSuggestion(await as(grace), { suggestionId: second.id })).toEqual({
			ok: false,
			reason: 'decided'
		});
	});

	it('refuses a stale suggestion, writing nothing', async () => {
		const { grace, coordinator, as, audit, suggestions, stored } = await setUp();
		const added = await saveAspiration(await as(grace), undefined, { text: 'One.', voice: 'parent-carer' });
		if (!added.ok) throw new Error('not added');
		const staff = await as(coordinator, 'edit');
		await saveAspiration(
			staff,
			{ id: added.id, revision: staff.revisions[added.id]! },
			{ text: 'Two.', voice: 'parent-carer' }
		);
		// Grace changes her words herself meanwhile: the suggestion is about words no longer there.
		const own = await as(grace);
		await saveAspiration(
			own,
			{ id: added.id, revision: own.revisions[added.id]! },
			{ text: 'Three.', voice: 'parent-carer' }
		);
		const rowsBefore = await audit();
		const revisionBefore = (await stored()).version.content_revision;
		const [suggestion] = await suggestions();
		expect(await acceptSuggestion(await as(grace), { suggestionId: suggestion!.id })).toEqual({
			ok: false,
			reason: 'stale'
		});
		expect((await stored()).document.aspirations.find((a) => a.id === added.id)!.text).toBe('Three.');
		expect((await stored()).version.content_revision).toBe(revisionBefore);
		expect((await suggestions())[0]!.status).toBe('open');
		expect(await audit()).toEqual(rowsBefore);
	});

	it('About me entries carry who said them, and a change to someone else’s is a suggestion', async () => {
		const { grace, coordinator, as, suggestions, stored } = await setUp();
		const added = await saveProfileItem(await as(grace), undefined, { list: 'important', text: 'Her cousin Dami.' });
		if (!added.ok) throw new Error('not added');
		const entry = (await stored()).document.profile!.important!.at(-1)!;
		expect(entry).toMatchObject({ text: 'Her cousin Dami.', saidBy: { name: 'Grace Okafor' } });
		const staff = await as(coordinator, 'edit');
		const row = profileItems(staff.items).find((item) => item.id === added.id)!;
		const result = await saveProfileItem(
			staff,
			{ id: added.id, revision: row.revision },
			{ list: 'important', text: 'Dami.' }
		);
		expect(result).toMatchObject({ ok: true, suggested: true });
		expect((await stored()).document.profile!.important!.at(-1)).toMatchObject({ text: 'Her cousin Dami.' });
		expect(await suggestions()).toHaveLength(1);
	});
});

describe('on an agreed plan', () => {
	it('nothing is suggested or decided', async () => {
		const { plan, grace, as, audit, suggestions } = await setUp();
		const family = await as(grace);
		const childs = family.document.aspirations.find((a) => a.voice === 'child')!;
		await saveAspiration(
			family,
			{ id: childs.id, revision: family.revisions[childs.id]! },
			{ text: 'Changed.', voice: 'child' }
		);
		const [open] = await suggestions();
		await given.temp.db
			.updateTable('plan_version')
			.set({ status: 'agreed' })
			.where('id', '=', plan.versionId)
			.execute();
		const before = await audit();
		const frozen = await as(grace);
		expect(
			await saveAspiration(
				frozen,
				{ id: childs.id, revision: frozen.revisions[childs.id]! },
				{ text: 'Again.', voice: 'child' }
			)
		).toEqual({ ok: false, reason: 'frozen' });
		expect(await declineSuggestion(await as(grace), { suggestionId: open!.id })).toMatchObject({ ok: false });
		expect(await suggestions()).toHaveLength(1);
		expect(await audit()).toEqual(before);
	});
});
