// Made once each, in en-GB and the UK's time zone.
const ukDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/London'
});
const ukTime = new Intl.DateTimeFormat('en-GB', {
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/London'
});

/** An ISO timestamp as UK people say it, in UK time: "14 March 2027 at 10:05". */
export function ukDateTime(timestamp: string): string {
	const at = new Date(timestamp);
	return `${ukDate.format(at)} at ${ukTime.format(at)}`;
}
