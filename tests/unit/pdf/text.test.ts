import { describe, expect, it } from 'vitest';
import { groupSizeText, howLong, howOften, joinNumbers, joinWords, shorten } from '../../../src/lib/pdf/text';

describe('plain-English text for the PDF', () => {
	it('joins words as a list: "a, b and c"', () => {
		expect(joinWords([])).toBe('');
		expect(joinWords(['a'])).toBe('a');
		expect(joinWords(['a', 'b'])).toBe('a and b');
		expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('writes runs of numbers as ranges, sorted and without repeats', () => {
		expect(joinNumbers([3, 1, 2, 5])).toBe('1 to 3 and 5');
		expect(joinNumbers([1, 2])).toBe('1 and 2');
		expect(joinNumbers([7, 7])).toBe('7');
		expect(joinNumbers(Array.from({ length: 200 }, (_, i) => i + 1))).toBe('1 to 200');
	});

	it('says how often provision happens as a person would', () => {
		expect(howOften({ sessions: 2, per: 'week' })).toBe('2 sessions a week');
		expect(howOften({ sessions: 1, per: 'term' })).toBe('1 session a term');
		expect(howOften({ sessions: 3 })).toBe('3 sessions');
		expect(howOften({})).toBeUndefined();
	});

	it('says how long a session lasts in hours and minutes', () => {
		expect(howLong(30)).toBe('30 minutes');
		expect(howLong(1)).toBe('1 minute');
		expect(howLong(90)).toBe('1 hour 30 minutes');
		expect(howLong(180)).toBe('3 hours');
		expect(howLong(undefined)).toBeUndefined();
	});

	it('calls a group of one "One to one"', () => {
		expect(groupSizeText(1)).toBe('One to one');
		expect(groupSizeText(6)).toBe('Group of 6');
	});

	it('shortens long text at a word, with an ellipsis', () => {
		expect(shorten('short', 10)).toBe('short');
		const cut = shorten('Sarah has a language delay that affects her learning', 30);
		expect(cut.length).toBeLessThanOrEqual(30);
		expect(cut).toBe('Sarah has a language delay…');
	});
});
