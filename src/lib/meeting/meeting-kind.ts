/**
 * What a meeting is for: writing a draft plan together, or reviewing an agreed one (its record is then
 * the review's: reviews.md).
 */
export const meetingKinds = ['planning', 'review'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingKindLabels: Readonly<Record<MeetingKind, string>> = {
	planning: 'Planning meeting',
	review: 'Review meeting'
};

/** The kind a plan's meeting is: a review once the plan is agreed, else a planning meeting. */
export function meetingKindFor(versionStatus: string): MeetingKind {
	return versionStatus === 'draft' ? 'planning' : 'review';
}
