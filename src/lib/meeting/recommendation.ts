/**
 * What a meeting recommends for the plan. At a review these are the three a review report must choose
 * between (SEND Regulations 2014, reg. 20: keep the plan, amend it, or cease it), in plain words.
 */
export const recommendations = ['keep', 'amend', 'cease'] as const;
export type Recommendation = (typeof recommendations)[number];

export const recommendationLabels: Readonly<Record<Recommendation, string>> = {
	keep: 'Keep the plan as it is',
	amend: 'Change the plan',
	cease: 'End the plan: the support it sets out is no longer needed'
};

/** What a meeting recommends and where people did not agree, as its page and its record show them. */
export interface MeetingOutcome {
	recommendation: Recommendation | null;
	recommendationDetail: string | null;
	differences: string | null;
}
