/**
 * What a meeting keeps beside what was said: points parked to come back to (anyone may park one), and
 * actions agreed: who does what, by when.
 */
export const meetingPointKinds = ['parked', 'action'] as const;
export type MeetingPointKind = (typeof meetingPointKinds)[number];
