import { expressionBuilder, type Expression, type Insertable, type Selectable } from 'kysely';
import type { Executor } from './executor';
import type { Database, PlanNoteTable } from './schema';

export type PlanNoteRow = Selectable<PlanNoteTable>;

/** Adds one note. */
export async function insertPlanNote(db: Executor, note: Insertable<PlanNoteTable>): Promise<void> {
	await db.insertInto('plan_note').values(note).execute();
}

function notesOf(db: Executor, planId: string) {
	return db
		.selectFrom('plan_note')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('written_at', 'desc')
		.orderBy('id', 'desc');
}

/** Every note of a plan, newest first. */
export function listPlanNotes(db: Executor, planId: string): Promise<PlanNoteRow[]> {
	return notesOf(db, planId).execute();
}

/**
 * The notes a review takes in, newest first: an open review, those no review has gathered yet (the ones
 * completing it will gather); a completed one, those it gathered.
 */
export function listReviewNotes(
	db: Executor,
	planId: string,
	review: { id: string; status: 'draft' | 'completed' }
): Promise<PlanNoteRow[]> {
	const notes = notesOf(db, planId);
	return (
		review.status === 'draft' ? notes.where('review_id', 'is', null) : notes.where('review_id', '=', review.id)
	).execute();
}

/** One of the plan's notes; undefined when it is not this plan's. */
export function getPlanNote(db: Executor, planId: string, noteId: string): Promise<PlanNoteRow | undefined> {
	return db
		.selectFrom('plan_note')
		.selectAll()
		.where('id', '=', noteId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
}

/** Deletes a note its writer withdraws, only while no review has gathered it; whether it went. */
export async function deletePlanNote(db: Executor, noteId: string, writtenBy: string): Promise<boolean> {
	const result = await db
		.deleteFrom('plan_note')
		.where('id', '=', noteId)
		.where('written_by', '=', writtenBy)
		.where('review_id', 'is', null)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Marks every note of the plan not yet gathered as gathered by this review. */
export async function gatherPlanNotes(db: Executor, planId: string, reviewId: string): Promise<void> {
	await db
		.updateTable('plan_note')
		.set({ review_id: reviewId })
		.where('plan_id', '=', planId)
		.where('review_id', 'is', null)
		.execute();
}

/**
 * How many of the plan's notes no review has gathered yet (the notes new to the team), as a subquery:
 * `planId` may be a column of the query it goes into.
 */
export function newPlanNotesQuery(planId: string | Expression<string>) {
	return expressionBuilder<Database>()
		.selectFrom('plan_note')
		.select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
		.where('plan_note.plan_id', '=', planId)
		.where('plan_note.review_id', 'is', null);
}

/** How many of the plan's notes no review has gathered yet: the notes new to the team. */
export async function countNewPlanNotes(db: Executor, planId: string): Promise<number> {
	const row = await db.selectNoFrom(newPlanNotesQuery(planId).as('count')).executeTakeFirst();
	return Number(row?.count ?? 0);
}
