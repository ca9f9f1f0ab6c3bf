/** How far an outcome got by a review (reviews.md), with plain-English labels. */
export const progressRatings = [
	'achieved',
	'good-progress',
	'some-progress',
	'no-progress',
	'no-longer-relevant'
] as const;
export type ProgressRating = (typeof progressRatings)[number];

export const progressLabels: Record<ProgressRating, string> = {
	achieved: 'Achieved',
	'good-progress': 'Good progress',
	'some-progress': 'Some progress',
	'no-progress': 'No progress yet',
	'no-longer-relevant': 'No longer relevant'
};

/** Outcomes with these ratings are left out of the next version (they stay in the history). */
export const closingRatings: readonly ProgressRating[] = ['achieved', 'no-longer-relevant'];
