import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { typedDateOf } from '$lib/dates/typed-date';
import { easyReadCheckSchema, easyReadWordsSchema, planSeenSchema } from '$lib/forms/easy-read';
import { formErrors } from '$lib/forms/form-errors';
import { easyReadCheckOf, easyReadTextsOf, planSeenOf } from '$lib/server/db/easy-read';
import { findingsWithEasyRead } from '$lib/server/easy-read/easy-read-findings';
import { easyReadHistory } from '$lib/server/easy-read/easy-read-history';
import { recordEasyReadCheck } from '$lib/server/easy-read/record-easy-read-check';
import { recordPlanSeen } from '$lib/server/easy-read/record-plan-seen';
import { saveEasyReadWords } from '$lib/server/easy-read/save-easy-read-words';
import { pronounsOf } from '$lib/plan/pronouns';
import { openPlanAs } from './support/open-plan-as';
import { accountId, agreeCurrent, coordinatorAndGrace, grantAccess, newPlan, today } from './support/reviews';
import type { TempDatabase } from './support/temp-database';

let temp: TempDatabase;
beforeEach(async () => {
	temp = await coordinatorAndGrace();
});
afterEach(() => temp.dispose());

const words = (input: Record<string, string>) =>
	v.parse(easyReadWordsSchema, { revision: '0', picture: '', text: '', ...input });
const problems = (schema: v.GenericSchema, input: unknown) => {
	const parsed = v.safeParse(schema, input);
	return parsed.success ? {} : formErrors(parsed.issues);
};
const audit = (planId: string) =>
	temp.db
		.selectFrom('audit_event')
		.select(['action', 'item', 'account_id'])
		.where('plan_id', '=', planId)
		.where('action', 'in', ['easy-read.written', 'easy-read.checked', 'plan.seen'])
		.orderBy('id')
		.execute();

/** Sarah's plan, agreed, with Grace (her mother) able to contribute but not edit. */
async function agreedPlan() {
	const { planId } = await newPlan(temp);
	await agreeCurrent(temp, planId);
	await grantAccess(temp, planId, 'grace', 'contributor');
	const ctx = await openPlanAs(temp.db, accountId, planId, 'edit');
	return { planId, ctx, aspiration: ctx.document.aspirations[0]!, need: ctx.document.needs[0]! };
}

describe('the Easy Read forms', () => {
	it('refuse control characters, words over 1,000 characters, unknown pictures and revisions, and dates to come', () => {
		const form = { itemId: 'a1', revision: '0', text: 'I want to go to college.', picture: '' };
		expect(problems(easyReadWordsSchema, form)).toEqual({});
		expect(problems(easyReadWordsSchema, { ...form, text: 'I want\u0007 friends.' })).toEqual({
			text: 'The Easy Read words holds characters that cannot be shown: remove them'
		});
		expect(problems(easyReadWordsSchema, { ...form, text: 'x'.repeat(1001) })).toEqual({
			text: 'The Easy Read words must be 1,000 characters or fewer'
		});
		expect(problems(easyReadWordsSchema, { ...form, picture: 'arasaac-1' })).toEqual({
			picture: 'Select a picture from the list'
		});
		expect(problems(easyReadWordsSchema, { ...form, revision: '-1', itemId: '../x' })).toEqual({
			itemId: 'This item is not in the plan',
			revision: 'This form could not be read: open the page again and save once more'
		});
		const tomorrow = typedDateOf('2026-11-23');
		expect(problems(planSeenSchema(today), { seenOn: tomorrow, how: 'telepathy', said: '' })).toEqual({
			'seenOn-day': 'Date they saw their plan must be today or in the past',
			how: 'Select how they were shown their plan'
		});
		expect(problems(easyReadCheckSchema(today), { checkedBy: ' ', checkedOn: typedDateOf(today) })).toEqual({
			checkedBy: 'Enter the name of who checked it with the child'
		});
	});
});

describe('saving Easy Read words', () => {
	it('saves words and a picture on an agreed plan, with its audit row, and empty words remove them', async () => {
		const { planId, ctx, aspiration } = await agreedPlan();
		expect(ctx.frozen).toBe(true);
		const saved = await saveEasyReadWords(
			ctx,
			words({ itemId: aspiration.id, text: 'I want to go to college.', picture: 'hope' })
		);
		expect(saved).toEqual({ ok: true, revision: 1 });
		expect(await easyReadTextsOf(temp.db, planId)).toMatchObject([
			{
				item_id: aspiration.id,
				text: 'I want to go to college.',
				picture: 'hope',
				source_text: aspiration.text,
				writer_name: 'Daniel Price',
				revision: 1
			}
		]);
		const removed = await saveEasyReadWords(ctx, words({ itemId: aspiration.id, revision: '1', text: '  ' }));
		expect(removed).toEqual({ ok: true, revision: 2 });
		expect(await easyReadTextsOf(temp.db, planId)).toMatchObject([{ text: null, picture: null, revision: 2 }]);
		expect(await audit(planId)).toEqual([
			{ action: 'easy-read.written', item: `aspiration:${aspiration.id}`, account_id: accountId },
			{ action: 'easy-read.written', item: `aspiration:${aspiration.id}`, account_id: accountId }
		]);
	});

	it('refuses a form opened before someone else saved, keeping theirs, and writes nothing', async () => {
		const { planId, ctx, need } = await agreedPlan();
		await saveEasyReadWords(ctx, words({ itemId: need.id, text: 'Talking is hard for me.' }));
		const late = await saveEasyReadWords(ctx, words({ itemId: need.id, text: 'I find words hard.' }));
		expect(late).toMatchObject({
			ok: false,
			reason: 'stale',
			saved: { text: 'Talking is hard for me.', writerName: 'Daniel Price', revision: 1 }
		});
		expect((await easyReadTextsOf(temp.db, planId))[0]?.text).toBe('Talking is hard for me.');
		expect(await audit(planId)).toHaveLength(1);
	});

	it('refuses an item not in the plan, someone who may not edit, and an archived plan', async () => {
		const { planId, ctx, need } = await agreedPlan();
		expect(await saveEasyReadWords(ctx, words({ itemId: 'not-an-item', text: 'Hello.' }))).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await saveEasyReadWords(grace, words({ itemId: need.id, text: 'Hello.' }))).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		await expect(openPlanAs(temp.db, 'grace', planId, 'edit')).rejects.toThrow();
		await temp.db.updateTable('plan').set({ archived_at: '2026-11-30T10:00:00Z', archived_reason: 'Left' }).execute();
		expect(await saveEasyReadWords(ctx, words({ itemId: need.id, text: 'Hello.' }))).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await recordPlanSeen(ctx, { seenOn: today, how: 'symbols', said: null })).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await easyReadTextsOf(temp.db, planId)).toEqual([]);
		expect(await audit(planId)).toEqual([]);
	});

	it('lets the check page report a long sentence, and items still needing an Easy Read version', async () => {
		const { ctx, need } = await agreedPlan();
		expect((await findingsWithEasyRead(ctx)).filter((finding) => finding.rule === 'easy-read-words')).toEqual([]);
		await saveEasyReadWords(
			ctx,
			words({
				itemId: need.id,
				text: 'I find it hard to talk to people I do not know well when there are lots of them around me.'
			})
		);
		const found = (await findingsWithEasyRead(ctx)).filter((finding) => finding.rule === 'easy-read-words');
		const [missing, long] = found;
		// Sarah's plan is written for adults: most of its items' own words are not Easy Read.
		expect(missing).toMatchObject({ subject: { kind: 'plan' } });
		expect(missing?.message).toMatch(/^\d+ items have no Easy Read version, so Sarah’s Easy Read plan leaves them out/);
		expect(long).toMatchObject({ subject: { kind: 'need', id: need.id } });
		expect(long?.message).toMatch(/^The Easy Read words of need 1 have a sentence of 21 words/);
	});
});

describe('"Checked by" and "I have seen my plan"', () => {
	it('records who checked it (the latest replacing the last) and each time Sarah saw her plan, for the history and the review', async () => {
		const { planId, ctx } = await agreedPlan();
		expect(await recordEasyReadCheck(ctx, { checkedBy: 'Mia Jones', checkedOn: '2026-11-20' })).toEqual({ ok: true });
		expect(await recordEasyReadCheck(ctx, { checkedBy: 'Leah Hart', checkedOn: '2026-11-21' })).toEqual({ ok: true });
		expect(await easyReadCheckOf(temp.db, planId)).toMatchObject({ checked_by: 'Leah Hart', checked_on: '2026-11-21' });
		expect(
			await recordPlanSeen(ctx, { seenOn: '2026-11-21', how: 'easy-read', said: 'I like the bit about college.' })
		).toEqual({ ok: true });
		const [seen] = await planSeenOf(temp.db, planId);
		expect(seen).toMatchObject({ version_id: ctx.version.id, how: 'easy-read', recorder_name: 'Daniel Price' });
		const history = await easyReadHistory(temp.db, planId, pronounsOf(ctx.document.child), ctx.version.id);
		expect(history.check).toEqual({ checkedBy: 'Leah Hart', checkedOn: '21 November 2026' });
		expect(history.seen.map((row) => row.sentence)).toEqual([
			'Sarah saw her plan on 21 November 2026, in Easy Read, and said: “I like the bit about college.”'
		]);
		expect((await easyReadHistory(temp.db, planId, pronounsOf(ctx.document.child), 'other')).seen).toEqual([]);
		expect((await audit(planId)).map((row) => row.action)).toEqual([
			'easy-read.checked',
			'easy-read.checked',
			'plan.seen'
		]);
		expect((await audit(planId)).at(-1)?.item).toBe(`plan-seen:${seen!.id}`);
	});

	it('refuses those who may only contribute', async () => {
		const { planId } = await agreedPlan();
		const grace = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		expect(await recordEasyReadCheck(grace, { checkedBy: 'Grace', checkedOn: today })).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		expect(await recordPlanSeen(grace, { seenOn: today, how: 'read-to-them', said: null })).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		expect(await audit(planId)).toEqual([]);
	});
});
