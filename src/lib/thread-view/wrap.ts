/** Breaking an item's text into the lines of its box in the thread view (SVG cannot wrap text by itself). */

/**
 * Breaks `text` into lines of at most `perLine` characters, at spaces where it can; a word longer
 * than a line is split over as many lines as it needs. Nothing is left out: each line keeps the space
 * it was broken at, so the lines joined are the text again (its runs of white space made one space).
 * Time proportional to the text's length.
 */
export function wrapText(text: string, perLine: number): string[] {
	const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		if (current !== '' && current.length + 1 + word.length <= perLine) {
			current += ` ${word}`;
			continue;
		}
		if (current !== '') lines.push(`${current} `);
		let rest = word;
		while (rest.length > perLine) {
			lines.push(rest.slice(0, perLine));
			rest = rest.slice(perLine);
		}
		current = rest;
	}
	if (current !== '') lines.push(current);
	return lines;
}
