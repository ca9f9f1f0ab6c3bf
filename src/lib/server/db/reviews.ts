import type { Kysely, Selectable } from 'kysely';
import type { PlanDocument } from '../../plan/document';
import { nextVersionDocument } from '../../plan/next-version';
import { progressRatings, type ProgressRating } from '../../plan/progress';
import { recordAudit } from './record-audit';
import { newId } from '../tokens/token';
import { now } from '../clock/clock';
import { insertDraftVersion, insertItems } from './plan-create';
import { lineageOfVersion, parseSnapshot, tookPartOf } from './plan-versions';
import { childViewsHows, type ChildViewsHow } from '../../forms/review';
import type { Database, ReviewTable } from './schema';
import type { Executor } from './executor';

export interface OutcomeProgress {
	rating?: ProgressRating;
	evidence?: string;
}

/** A review as the pages use it: the JSON columns read. */
export interface Review {
	id: string;
	planId: string;
	versionId: string;
	status: 'draft' | 'completed';
	date: string;
	tookPart: Array<{ id?: string; name: string; role: string }>;
	childTookPart: boolean;
	familyTookPart: boolean;
	childViewsHow: ChildViewsHow[];
	/** Outcome id (in the reviewed version) → progress and evidence. */
	progress: Record<string, OutcomeProgress>;
	childViews: string | null;
	familyViews: string | null;
	changesNext: string | null;
	revision: number;
	nextVersionId: string | null;
	completedAt: string | null;
	completedBy: string | null;
}

function readReview(row: Selectable<ReviewTable>): Review {
	let progress: Record<string, OutcomeProgress> = {};
	let how: ChildViewsHow[] = [];
	try {
		const parsed: unknown = JSON.parse(row.progress);
		if (parsed && typeof parsed === 'object') {
			for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
				if (!value || typeof value !== 'object') continue;
				const { rating, evidence } = value as Record<string, unknown>;
				progress[id] = {
					...(typeof rating === 'string' && (progressRatings as readonly string[]).includes(rating)
						? { rating: rating as ProgressRating }
						: {}),
					...(typeof evidence === 'string' && evidence !== '' ? { evidence } : {})
				};
			}
		}
	} catch {
		progress = {};
	}
	try {
		const parsed: unknown = JSON.parse(row.child_views_how);
		if (Array.isArray(parsed)) how = childViewsHows.filter((value) => parsed.includes(value));
	} catch {
		how = [];
	}
	return {
		id: row.id,
		planId: row.plan_id,
		versionId: row.version_id,
		status: row.status,
		date: row.date,
		tookPart: tookPartOf(row.took_part),
		childTookPart: row.child_took_part === 1,
		familyTookPart: row.family_took_part === 1,
		childViewsHow: how,
		progress,
		childViews: row.child_views,
		familyViews: row.family_views,
		changesNext: row.changes_next,
		revision: row.revision,
		nextVersionId: row.next_version_id,
		completedAt: row.completed_at,
		completedBy: row.completed_by
	};
}

/** One review of a plan; undefined when it is not this plan's. */
export async function getReview(db: Executor, planId: string, reviewId: string): Promise<Review | undefined> {
	const row = await db
		.selectFrom('review')
		.selectAll()
		.where('id', '=', reviewId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return row ? readReview(row) : undefined;
}

/** Every review of a plan, newest first. */
export async function listReviews(db: Executor, planId: string): Promise<Review[]> {
	const rows = await db
		.selectFrom('review')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('date', 'desc')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map(readReview);
}

/** The open (draft) review of a version, if any. */
export async function openReviewOf(db: Executor, versionId: string): Promise<Review | undefined> {
	const row = await db
		.selectFrom('review')
		.selectAll()
		.where('version_id', '=', versionId)
		.where('status', '=', 'draft')
		.executeTakeFirst();
	return row ? readReview(row) : undefined;
}

interface Actor {
	planId: string;
	accountId: string;
	ip: string | null;
}

async function planHead(db: Executor, planId: string) {
	return db
		.selectFrom('plan')
		.innerJoin('plan_version', 'plan_version.id', 'plan.current_version_id')
		.select([
			'plan.id',
			'plan.organisation_id',
			'plan.archived_at',
			'plan_version.id as version_id',
			'plan_version.status',
			'plan_version.number'
		])
		.where('plan.id', '=', planId)
		.executeTakeFirst();
}

export type StartResult =
	| { ok: true; id: string }
	/** A draft review of this version is already open: carry on with it. */
	| { ok: false; reason: 'open'; id: string }
	/** The current version is not agreed (or the plan is archived): there is nothing to review yet. */
	| { ok: false; reason: 'not-agreed' }
	| { ok: false; reason: 'not-found' };

/** Starts a draft review of the plan's current, agreed version, dated `date`. Audited 'review.started'. */
export async function startReview(db: Kysely<Database>, input: Actor & { date: string }): Promise<StartResult> {
	return db.transaction().execute(async (trx) => {
		const head = await planHead(trx, input.planId);
		if (!head) return { ok: false, reason: 'not-found' } as const;
		if (head.status !== 'agreed' || head.archived_at) return { ok: false, reason: 'not-agreed' } as const;
		const open = await openReviewOf(trx, head.version_id);
		if (open) return { ok: false, reason: 'open', id: open.id } as const;
		const id = newId();
		const at = now().toISOString();
		await trx
			.insertInto('review')
			.values({
				id,
				plan_id: head.id,
				version_id: head.version_id,
				status: 'draft',
				date: input.date,
				took_part: '[]',
				child_took_part: 0,
				family_took_part: 0,
				child_views_how: '[]',
				progress: '{}',
				child_views: null,
				family_views: null,
				changes_next: null,
				revision: 1,
				next_version_id: null,
				completed_at: null,
				completed_by: null,
				created_at: at,
				created_by: input.accountId,
				updated_at: at,
				updated_by: input.accountId
			})
			.execute();
		await recordAudit(trx, {
			organisation_id: head.organisation_id,
			account_id: input.accountId,
			plan_id: head.id,
			action: 'review.started',
			item: `review:${id}`,
			ip: input.ip
		});
		return { ok: true, id } as const;
	});
}

/** What an editor records; a contributor (the family) only the views. */
export interface ReviewFields {
	date: string;
	/** Ids of the reviewed version's team members. */
	tookPart: string[];
	childTookPart: boolean;
	familyTookPart: boolean;
	childViewsHow: ChildViewsHow[];
	progress: Record<string, OutcomeProgress>;
	changesNext: string | undefined;
}
export interface ReviewViews {
	childViews: string | undefined;
	familyViews: string | undefined;
}

export type SaveResult =
	| { ok: true; revision: number }
	| { ok: false; reason: 'stale'; current: Review }
	| { ok: false; reason: 'not-draft' }
	| { ok: false; reason: 'not-found' }
	/** Ids in the form that are not the reviewed version's team members or outcomes. */
	| { ok: false; reason: 'bad-ids'; ids: string[] };

/** The reviewed version's document: its frozen snapshot. */
async function reviewedDocument(db: Executor, versionId: string): Promise<PlanDocument | undefined> {
	const version = await db.selectFrom('plan_version').select('snapshot').where('id', '=', versionId).executeTakeFirst();
	return parseSnapshot(version?.snapshot ?? null)?.document;
}

/**
 * Saves a draft review: everything (`fields` and `views`, editors) or only the views (contributors,
 * `fields` undefined). Refused when the review was saved by someone else since `expectedRevision`,
 * is no longer a draft, or names team members or outcomes the reviewed version does not have.
 * Audited 'review.changed'.
 */
export async function saveReview(
	db: Kysely<Database>,
	input: Actor & { reviewId: string; expectedRevision: number; fields?: ReviewFields; views: ReviewViews }
): Promise<SaveResult> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('review')
			.selectAll()
			.where('id', '=', input.reviewId)
			.where('plan_id', '=', input.planId)
			.executeTakeFirst();
		if (!row) return { ok: false, reason: 'not-found' } as const;
		if (row.status !== 'draft') return { ok: false, reason: 'not-draft' } as const;
		if (row.revision !== input.expectedRevision)
			return { ok: false, reason: 'stale', current: readReview(row) } as const;
		const at = now().toISOString();
		const update: Partial<Selectable<ReviewTable>> = {
			child_views: input.views.childViews ?? null,
			family_views: input.views.familyViews ?? null,
			revision: row.revision + 1,
			updated_at: at,
			updated_by: input.accountId
		};
		if (input.fields) {
			const document = await reviewedDocument(trx, row.version_id);
			const team = new Map((document?.team ?? []).map((member) => [member.id, member]));
			const outcomes = new Set((document?.outcomes ?? []).map((outcome) => outcome.id));
			const bad = [
				...input.fields.tookPart.filter((id) => !team.has(id)),
				...Object.keys(input.fields.progress).filter((id) => !outcomes.has(id))
			];
			if (bad.length > 0) return { ok: false, reason: 'bad-ids', ids: bad } as const;
			const progress: Record<string, OutcomeProgress> = {};
			for (const [id, value] of Object.entries(input.fields.progress)) {
				if (value.rating || value.evidence)
					progress[id] = {
						...(value.rating ? { rating: value.rating } : {}),
						...(value.evidence ? { evidence: value.evidence } : {})
					};
			}
			Object.assign(update, {
				date: input.fields.date,
				took_part: JSON.stringify(
					[...new Set(input.fields.tookPart)].map((id) => ({ id, name: team.get(id)!.name, role: team.get(id)!.role }))
				),
				child_took_part: input.fields.childTookPart ? 1 : 0,
				family_took_part: input.fields.familyTookPart ? 1 : 0,
				child_views_how: JSON.stringify(childViewsHows.filter((how) => input.fields!.childViewsHow.includes(how))),
				progress: JSON.stringify(progress),
				changes_next: input.fields.changesNext ?? null
			});
		}
		const updated = await trx
			.updateTable('review')
			.set(update)
			.where('id', '=', row.id)
			.where('revision', '=', row.revision)
			.where('status', '=', 'draft')
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'stale', current: readReview(row) } as const;
		await recordAudit(trx, {
			organisation_id: (await planHead(trx, input.planId))?.organisation_id ?? null,
			account_id: input.accountId,
			plan_id: input.planId,
			action: 'review.changed',
			item: `review:${row.id}`,
			ip: input.ip
		});
		return { ok: true, revision: row.revision + 1 } as const;
	});
}

/** What is still missing before a review can be completed: outcome ids without a rating or evidence. */
export function missingProgress(
	review: Pick<Review, 'progress'>,
	outcomeIds: readonly string[]
): { rating: string[]; evidence: string[] } {
	return {
		rating: outcomeIds.filter((id) => !review.progress[id]?.rating),
		evidence: outcomeIds.filter((id) => !review.progress[id]?.evidence)
	};
}

export type CompleteResult =
	| { ok: true; nextVersionId: string; number: number }
	| { ok: false; reason: 'incomplete'; rating: string[]; evidence: string[] }
	| { ok: false; reason: 'stale' }
	/** Completed already, or the plan has moved on (archived, or its current version is not the one reviewed). */
	| { ok: false; reason: 'not-draft' }
	| { ok: false; reason: 'not-found' };

/**
 * Completes a draft review and starts the next version, in one transaction: the reviewed version's
 * snapshot, without the outcomes found achieved or no longer relevant and with the review date moved on
 * (`nextVersionDocument`), stored as version n+1 (a draft) whose items carry their lineage; the plan's
 * current version becomes it; the review is marked completed; audited 'review.completed'. Every outcome
 * needs a rating and evidence first.
 */
export async function completeReview(
	db: Kysely<Database>,
	input: Actor & { reviewId: string; expectedRevision: number; today: string }
): Promise<CompleteResult> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('review')
			.selectAll()
			.where('id', '=', input.reviewId)
			.where('plan_id', '=', input.planId)
			.executeTakeFirst();
		if (!row) return { ok: false, reason: 'not-found' } as const;
		if (row.status !== 'draft') return { ok: false, reason: 'not-draft' } as const;
		if (row.revision !== input.expectedRevision) return { ok: false, reason: 'stale' } as const;
		const head = await planHead(trx, input.planId);
		if (!head || head.archived_at || head.version_id !== row.version_id || head.status !== 'agreed')
			return { ok: false, reason: 'not-draft' } as const;
		const reviewed = await reviewedDocument(trx, row.version_id);
		if (!reviewed) return { ok: false, reason: 'not-draft' } as const;
		const review = readReview(row);
		const missing = missingProgress(
			review,
			reviewed.outcomes.map((outcome) => outcome.id)
		);
		if (missing.rating.length > 0 || missing.evidence.length > 0)
			return { ok: false, reason: 'incomplete', ...missing } as const;

		const ratings: Record<string, ProgressRating> = {};
		for (const [id, value] of Object.entries(review.progress)) if (value.rating) ratings[id] = value.rating;
		const document = nextVersionDocument(reviewed, { date: review.date, progress: ratings });
		const lineage = await lineageOfVersion(trx, row.version_id);
		const at = now().toISOString();
		const versionId = newId();
		const number = head.number + 1;
		await insertDraftVersion(trx, { versionId, planId: head.id, number, document, today: input.today, at });
		await insertItems(trx, {
			versionId,
			document,
			accountId: input.accountId,
			at,
			lineageOf: (id) => lineage[id] ?? id
		});
		await trx.updateTable('plan').set({ current_version_id: versionId }).where('id', '=', head.id).execute();
		await trx
			.updateTable('review')
			.set({
				status: 'completed',
				next_version_id: versionId,
				completed_at: at,
				completed_by: input.accountId,
				updated_at: at,
				updated_by: input.accountId,
				revision: row.revision + 1
			})
			.where('id', '=', row.id)
			.execute();
		await recordAudit(trx, {
			organisation_id: head.organisation_id,
			account_id: input.accountId,
			plan_id: head.id,
			action: 'review.completed',
			item: `review:${row.id}`,
			ip: input.ip
		});
		return { ok: true, nextVersionId: versionId, number } as const;
	});
}
