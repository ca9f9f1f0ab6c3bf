import type { Review } from './review-record';

/**
 * What a review still lacks before it can be completed: the outcomes (of `outcomeIds`, the reviewed
 * version's) without a rating, and those without evidence.
 */
export function missingProgress(
	review: Pick<Review, 'progress'>,
	outcomeIds: readonly string[]
): { rating: string[]; evidence: string[] } {
	return {
		rating: outcomeIds.filter((id) => !review.progress[id]?.rating),
		evidence: outcomeIds.filter((id) => !review.progress[id]?.evidence)
	};
}
