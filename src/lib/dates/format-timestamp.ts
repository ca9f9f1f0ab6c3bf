// Made once each (building an Intl formatter costs far more than using one), in the UK's time zone.
const ukDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/London'
});
// en-CA writes dates as YYYY-MM-DD.
const isoDateInEngland = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
const ukTime = new Intl.DateTimeFormat('en-GB', {
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: 'Europe/London'
});

/** An ISO timestamp as the UK date it falls on: "14 March 2027". */
export function ukDateOf(timestamp: string): string {
	return ukDate.format(new Date(timestamp));
}

/** An ISO timestamp as the date it falls on in England, `YYYY-MM-DD`. */
export function isoDateInEnglandOf(timestamp: string | Date): string {
	return isoDateInEngland.format(new Date(timestamp));
}

/** An ISO timestamp as a UK date and time: "14 March 2027 at 09:05". */
export function ukDateTimeOf(timestamp: string): string {
	return `${ukDateOf(timestamp)} at ${ukTimeOf(timestamp)}`;
}

/** An ISO timestamp as the UK time of day: "09:05". */
export function ukTimeOf(timestamp: string): string {
	return ukTime.format(new Date(timestamp));
}
