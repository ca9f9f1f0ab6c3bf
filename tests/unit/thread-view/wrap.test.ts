import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '$lib/thread-view';

/** The lines joined are the text again, and no line is longer than `perLine` without its closing space. */
function expectWhole(text: string, perLine: number): string[] {
	const lines = wrapText(text, perLine);
	expect(lines.join('')).toBe(text.replace(/\s+/g, ' ').trim());
	for (const line of lines) expect(line.trimEnd().length).toBeLessThanOrEqual(perLine);
	return lines;
}

describe('wrapText', () => {
	it('keeps short text on one line', () => {
		expect(wrapText('I want to have friends.', 25)).toEqual(['I want to have friends.']);
	});

	it('breaks at spaces, each line keeping the space it was broken at', () => {
		expect(wrapText('one two three four five six', 10)).toEqual(['one two ', 'three four ', 'five six']);
	});

	it('splits a word longer than a line over as many lines as it needs, losing no letter', () => {
		expect(wrapText('aaaa bbbb cccccccccccc', 5)).toEqual(['aaaa ', 'bbbb ', 'ccccc', 'ccccc', 'cc']);
		expect(expectWhole('See https://example.org/a-very-long-address-for-the-mentoring-scheme today', 25)).toEqual([
			'See ',
			'https://example.org/a-ver',
			'y-long-address-for-the-me',
			'ntoring-scheme today'
		]);
	});

	it('gives longer text more lines and cuts nothing: no ellipsis, every word there', () => {
		const short = 'By July 2027, Sarah will order her own lunch.';
		const long = `${short} She will ask for help when she needs it, and say what she has chosen, in a café she has not been to before, with an adult nearby.`;
		const shortLines = expectWhole(short, 25);
		const longLines = expectWhole(long, 25);
		expect(longLines.length).toBeGreaterThan(shortLines.length);
		expect(longLines.length).toBeGreaterThanOrEqual(6);
		expect(longLines.join('')).not.toContain('…');
		expect(longLines.at(-1)).toMatch(/nearby\.$/);
	});

	it('makes runs of white space one space, and an empty text no lines', () => {
		expect(wrapText('  two\n\twords  ', 25)).toEqual(['two words']);
		expect(wrapText(' \n ', 25)).toEqual([]);
	});

	it('for any text and line length: the lines are the whole text, none too long', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (text, perLine) => {
				expectWhole(text, perLine);
			}),
			{ numRuns: 500 }
		);
	});
});
