/** Whether someone on the meeting's list came; null until the chair says. */
export const attendances = ['here', 'apologies'] as const;
export type Attendance = (typeof attendances)[number];

export const attendanceLabels: Readonly<Record<Attendance, string>> = {
	here: 'Here',
	apologies: 'Sent apologies'
};
