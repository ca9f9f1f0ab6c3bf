import type { PlanDocument } from './document';
import { closingRatings, type ProgressRating } from './progress';
import { defaultReviewDate } from './review-dates';

/**
 * The draft that a completed review starts (reviews.md): a copy of the reviewed version, without the
 * outcomes the review found achieved or no longer relevant (links to them go too), starting on the
 * review's date, with the review date moved on by the default interval (12 months, 6 for a child under 5),
 * which the team may change.
 */
export function nextVersionDocument(
	reviewed: PlanDocument,
	review: { date: string; progress: Readonly<Record<string, ProgressRating>> }
): PlanDocument {
	const closed = new Set(
		reviewed.outcomes
			.filter((outcome) => closingRatings.includes(review.progress[outcome.id] ?? 'some-progress'))
			.map((o) => o.id)
	);
	return {
		...structuredClone(reviewed),
		plan: {
			...reviewed.plan,
			status: 'draft',
			startDate: review.date,
			reviewDate: defaultReviewDate(review.date, reviewed.child.dateOfBirth)
		},
		outcomes: structuredClone(reviewed.outcomes.filter((outcome) => !closed.has(outcome.id))),
		provision: reviewed.provision.map((provision) => ({
			...structuredClone(provision),
			outcomeIds: provision.outcomeIds.filter((id) => !closed.has(id))
		}))
	};
}
