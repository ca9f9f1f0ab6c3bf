/** Fitting an item's text into a box of the thread view, which cannot wrap text by itself (SVG). */

/**
 * Breaks `text` into at most `maxLines` lines of at most `perLine` characters, at spaces where it can
 * (a word longer than a line is cut). When the text does not fit, the last line ends with "…" and
 * `truncated` is true. Time proportional to the text's length.
 */
export function wrapText(text: string, perLine: number, maxLines: number): { lines: string[]; truncated: boolean } {
	const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const lines: string[] = [];
	let current = '';
	let index = 0;
	while (index < words.length && lines.length < maxLines) {
		const word = words[index]!;
		if (current === '') {
			if (word.length > perLine) {
				lines.push(word.slice(0, perLine));
				words[index] = word.slice(perLine);
				continue;
			}
			current = word;
			index += 1;
		} else if (current.length + 1 + word.length <= perLine) {
			current += ` ${word}`;
			index += 1;
		} else {
			lines.push(current);
			current = '';
		}
	}
	if (current !== '' && lines.length < maxLines) lines.push(current);
	const truncated = index < words.length;
	if (truncated && lines.length > 0) {
		const last = lines[lines.length - 1]!;
		const room = perLine - 1;
		const cut = last.length > room ? last.slice(0, room) : last;
		lines[lines.length - 1] = `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
	}
	return { lines, truncated };
}
