import type { ItemDiff } from '$lib/plan/diff';
import { personLabel } from '$lib/plan/person-label';
import { pronounsOf } from '$lib/plan/pronouns';
import { easyReadHistory } from '$lib/server/easy-read/easy-read-history';
import { tookPartWords } from '$lib/plan/review-took-part';
import { today } from '$lib/server/clock/clock';
import { compareVersions, listVersions } from '$lib/server/db/plan-versions';
import { listReviews } from '$lib/server/db/reviews';
import { planSummary } from '$lib/server/plan-item-actions';
import { openPlan } from '$lib/server/plans/plan-context';
import type { PageServerLoad } from './$types';

/**
 * The plan's history: its versions (with who agreed them) and reviews, newest first; and a comparison of
 * any two versions, chosen with a GET form (`?from=<id>&to=<id>`, `&view=list` for a plain list).
 */
export const load: PageServerLoad = async (event) => {
	const plan = await openPlan(event, 'view');
	const { db } = plan;
	const [versions, reviews, easyRead] = await Promise.all([
		listVersions(db, plan.planRow.id),
		listReviews(db, plan.planRow.id),
		easyReadHistory(db, plan.planRow.id, pronounsOf(plan.document.child))
	]);
	const rows = { version: plan.version, plan: plan.planRow, child: plan.child };

	const params = event.url.searchParams;
	const from = params.get('from');
	const to = params.get('to');
	let comparison: { fromLabel: string; toLabel: string; changes: ItemDiff[] } | null = null;
	let compareError: string | null = null;
	if (from !== null || to !== null) {
		const number = new Map(versions.map((version) => [version.id, version.number]));
		if (!from || !to || !number.has(from) || !number.has(to))
			compareError = 'Choose two versions of this plan to compare.';
		else if (from === to) compareError = 'Choose two different versions to compare.';
		else {
			// Always older → newer, whichever way round they were chosen.
			const [older, newer] = number.get(from)! < number.get(to)! ? [from, to] : [to, from];
			const result = await compareVersions(db, plan.planRow.id, older, newer, today());
			if (result)
				comparison = {
					fromLabel: `Version ${result.from.version.number}`,
					toLabel: `Version ${result.to.version.number}`,
					changes: result.changes
				};
			else compareError = 'Choose two versions of this plan to compare.';
		}
	}
	const newest = versions[0];
	const previous = versions[1];
	return {
		...planSummary(plan),
		versions: versions.map((version) => ({
			id: version.id,
			number: version.number,
			status: version.status,
			startDate: version.startDate,
			reviewDate: version.reviewDate,
			agreedAt: version.agreedAt,
			agreedBy: version.agreedBy,
			agreedWith: version.agreedWith.map(personLabel),
			current: version.current,
			reviews: reviews
				.filter((review) => review.versionId === version.id)
				.map((review) => ({
					id: review.id,
					date: review.date,
					status: review.status,
					tookPart: tookPartWords(review)
				}))
		})),
		archived: rows.plan.archived_at ? { at: rows.plan.archived_at, reason: rows.plan.archived_reason ?? '' } : null,
		canReview: rows.version.status === 'agreed' && !rows.plan.archived_at && plan.actions.has('edit'),
		canArchive: !rows.plan.archived_at && plan.actions.has('share'),
		canExport: plan.actions.has('export'),
		compare: {
			from: from ?? previous?.id ?? '',
			to: to ?? newest?.id ?? '',
			view: params.get('view') === 'list' ? 'list' : 'side'
		},
		comparison,
		compareError,
		easyRead,
		canWriteEasyRead: plan.actions.has('edit') && !rows.plan.archived_at
	};
};
