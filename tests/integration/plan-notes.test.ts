import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { planNoteSchema } from '$lib/forms/plan-note';
import { readCaseload } from '$lib/server/db/caseload';
import { readAccount } from '$lib/server/db/accounts';
import { loadPlanHead } from '$lib/server/db/plan-load';
import { countNewPlanNotes, listPlanNotes, listReviewNotes } from '$lib/server/db/plan-notes';
import { addNote } from '$lib/server/notes/add-note';
import { withdrawNote } from '$lib/server/notes/withdraw-note';
import { completeReview } from '$lib/server/reviews/complete-review';
import { startReview } from '$lib/server/reviews/start-review';
import { seedAccount } from './support/accounts';
import { openPlanAs } from './support/open-plan-as';
import {
	accountId,
	agreeCurrent,
	contextOf,
	editorInput,
	newPlan,
	reviewOf,
	seedCoordinator,
	today
} from './support/reviews';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;

beforeEach(async () => {
	temp = await createTempDatabase();
	await seedCoordinator(temp);
	await seedAccount(temp.db, { id: 'grace', organisationId: null, role: null });
	await seedAccount(temp.db, { id: 'reader', organisationId: null, role: null });
});
afterEach(() => temp.dispose());

/** Sarah's plan, agreed, with Grace (her mother) a contributor and another family member a viewer. */
async function agreedPlan() {
	const { planId } = await newPlan(temp);
	const v1 = await agreeCurrent(temp, planId);
	const grant = (account: string, level: 'contributor' | 'viewer') => ({
		plan_id: planId,
		account_id: account,
		level,
		granted_by: accountId,
		granted_at: '2026-11-22T10:00:00Z'
	});
	await temp.db
		.insertInto('plan_access')
		.values([grant('grace', 'contributor'), grant('reader', 'viewer')])
		.execute();
	return { planId, v1 };
}

const graceNote = v.parse(planNoteSchema, {
	saidBy: 'child',
	working: 'Lunch club: Sarah sits with the same two friends.',
	notWorking: ''
});

async function graceAdds(planId: string, note = graceNote) {
	const result = await addNote(await openPlanAs(temp.db, 'grace', planId, 'contribute'), note);
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.id;
}

const audit = (planId: string) =>
	temp.db
		.selectFrom('audit_event')
		.select(['action', 'item', 'account_id'])
		.where('plan_id', '=', planId)
		.where('action', 'in', ['note.added', 'note.withdrawn'])
		.orderBy('id')
		.execute();

describe('the note form', () => {
	it('needs whose views, and one of the two boxes; refuses control characters and text over 2,000 characters', () => {
		const problems = (input: Record<string, string>) => {
			const parsed = v.safeParse(planNoteSchema, input);
			return parsed.success ? {} : v.flatten(parsed.issues).nested;
		};
		expect(problems({ saidBy: '', working: ' ', notWorking: '' })).toEqual({
			saidBy: ['Select whose views these are'],
			working: ['Enter what’s working, what’s not working, or both']
		});
		expect(problems({ saidBy: 'writer', working: 'a\u0000b', notWorking: 'x'.repeat(2001) })).toEqual({
			working: ['What’s working holds characters that cannot be shown: remove them'],
			notWorking: ['What’s not working must be 2,000 characters or fewer']
		});
		expect(v.parse(planNoteSchema, { saidBy: 'writer', working: '', notWorking: ' Mornings\r\n are hard ' })).toEqual({
			saidBy: 'writer',
			working: null,
			notWorking: 'Mornings\r\n are hard'
		});
	});
});

describe('adding a note', () => {
	it('keeps the agreed version and its snapshot as they were, and records the version in force, audited', async () => {
		const { planId, v1 } = await agreedPlan();
		const before = await temp.db.selectFrom('plan_version').selectAll().execute();
		const id = await graceAdds(planId);
		expect(await temp.db.selectFrom('plan_version').selectAll().execute()).toEqual(before);
		expect(await listPlanNotes(temp.db, planId)).toEqual([
			expect.objectContaining({
				id,
				version_id: v1.version.id,
				written_by: 'grace',
				writer_name: 'Person grace',
				said_by: 'child',
				working: 'Lunch club: Sarah sits with the same two friends.',
				not_working: null,
				review_id: null
			})
		]);
		expect(await audit(planId)).toEqual([{ action: 'note.added', item: `note:${id}`, account_id: 'grace' }]);
	});

	it('is refused to someone who may only read the plan, writing nothing', async () => {
		const { planId } = await agreedPlan();
		const viewer = await openPlanAs(temp.db, 'reader', planId, 'view');
		expect(await addNote(viewer, graceNote)).toEqual({ ok: false, reason: 'not-allowed' });
		expect(await listPlanNotes(temp.db, planId)).toEqual([]);
		expect(await audit(planId)).toEqual([]);
	});

	it('is refused once the plan has been archived', async () => {
		const { planId } = await agreedPlan();
		const ctx = await openPlanAs(temp.db, 'grace', planId, 'contribute');
		await temp.db.updateTable('plan').set({ archived_at: '2026-12-01T09:00:00Z' }).where('id', '=', planId).execute();
		expect(await addNote(ctx, graceNote)).toEqual({ ok: false, reason: 'closed' });
		expect(await listPlanNotes(temp.db, planId)).toEqual([]);
	});
});

describe('withdrawing a note', () => {
	it('is for its writer only, audited', async () => {
		const { planId } = await agreedPlan();
		const id = await graceAdds(planId);
		expect(await withdrawNote(await contextOf(temp, planId), id)).toEqual({ ok: false, reason: 'not-yours' });
		expect(await withdrawNote(await openPlanAs(temp.db, 'grace', planId, 'contribute'), 'nope')).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await listPlanNotes(temp.db, planId)).toHaveLength(1);
		expect(await withdrawNote(await openPlanAs(temp.db, 'grace', planId, 'contribute'), id)).toEqual({ ok: true });
		expect(await listPlanNotes(temp.db, planId)).toEqual([]);
		expect((await audit(planId)).map((row) => row.action)).toEqual(['note.added', 'note.withdrawn']);
	});
});

describe('the next review', () => {
	it('lists the notes not yet taken in, and completing it gathers them: no longer new, on the plan or the caseload', async () => {
		const { planId, v1 } = await agreedPlan();
		const first = await graceAdds(planId);
		const second = await graceAdds(planId, { saidBy: 'writer', working: null, notWorking: 'Mornings are hard.' });
		const coordinator = (await readAccount(temp.db, accountId))!;
		const caseloadCount = async () =>
			(await readCaseload(temp.db, coordinator, today)).rows.find((row) => row.planId === planId)?.newNoteCount;
		const homeCount = async () => (await loadPlanHead(temp.db, planId, { home: true }))!.home!.newNotes;
		expect(await countNewPlanNotes(temp.db, planId)).toBe(2);
		expect(await caseloadCount()).toBe(2);
		expect(await homeCount()).toBe(2);

		const started = await startReview(await contextOf(temp, planId), { date: '2027-03-01' });
		if (!started.ok) throw new Error('review');
		const opened = await reviewOf(temp, planId, started.id);
		expect((await listReviewNotes(temp.db, planId, opened.review)).map((note) => note.id).sort()).toEqual(
			[first, second].sort()
		);

		const done = await completeReview(
			await contextOf(temp, planId),
			opened,
			editorInput(
				v1.document,
				1,
				'2027-03-01',
				v1.document.outcomes.map(() => 'good-progress' as const)
			)
		);
		expect(done).toMatchObject({ ok: true });
		expect(await countNewPlanNotes(temp.db, planId)).toBe(0);
		expect(await caseloadCount()).toBe(0);
		expect(await homeCount()).toBe(0);
		const completed = (await reviewOf(temp, planId, started.id)).review;
		expect(completed.status).toBe('completed');
		expect((await listReviewNotes(temp.db, planId, completed)).map((note) => note.review_id)).toEqual([
			started.id,
			started.id
		]);
		// Taken into a review, a note is part of its record: its writer can no longer withdraw it.
		expect(await withdrawNote(await openPlanAs(temp.db, 'grace', planId, 'contribute'), first)).toEqual({
			ok: false,
			reason: 'gathered'
		});
	});
});
