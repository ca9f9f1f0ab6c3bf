/**
 * The words of the GOV.UK character count: the limit, said before any script runs, and how many
 * characters are left (or too many) as a person types.
 */

function count(n: number, noun = 'character'): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : `${noun}s`}`;
}

/** "You can enter up to 2,000 characters": the hint that works without JavaScript. */
export function characterLimitHint(limit: number): string {
	return `You can enter up to ${count(limit)}`;
}

/** "You have 120 characters remaining", or "You have 3 characters too many". */
export function charactersLeft(limit: number, length: number): string {
	const left = limit - length;
	return left >= 0 ? `You have ${count(left)} remaining` : `You have ${count(-left)} too many`;
}

/**
 * The length of a text box's value as the server will count it: the browser sends each line break as
 * two characters (CR LF), so a count of one each would let through text the server then refuses.
 */
export function sentLength(value: string): number {
	return value.replace(/\r?\n/g, '\r\n').length;
}
