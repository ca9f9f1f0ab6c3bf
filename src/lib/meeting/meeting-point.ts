/**
 * What a meeting keeps beside what was said: points parked to come back to (anyone may park one), and
 * actions agreed: who does what, by when.
 */
export const meetingPointKinds = ['parked', 'action'] as const;
export type MeetingPointKind = (typeof meetingPointKinds)[number];

/** A parked point as the meeting's pages show it: who parked it, and whether the meeting came back to it. */
export interface ShownParkedPoint {
	id: string;
	text: string;
	by: string;
	settled: boolean;
}

/**
 * An action as the meeting's pages show it: what, who, and by when (a UK date, or empty when none was
 * set), and what it became in the plan, in words ("Became step 3 of outcome 2"), once it was put there.
 */
export interface ShownAction {
	id: string;
	text: string;
	who: string;
	byWhen: string;
	became: string | null;
}
