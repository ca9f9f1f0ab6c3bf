import { describe, expect, it } from 'vitest';
import { quote, quoteId } from '$lib/thread/quote';

describe('quote', () => {
	it('quotes short text whole', () => {
		expect(quote('I want to have friends.')).toBe('“I want to have friends.”');
	});

	it('cuts long text at a word, within 40 characters, with an ellipsis', () => {
		expect(quote('By the age of 16, Sarah will have a small group of friends.')).toBe(
			'“By the age of 16, Sarah will have a…”'
		);
	});

	it('makes line breaks and runs of spaces single spaces', () => {
		expect(quote('Two\n\nlines   here')).toBe('“Two lines here”');
	});

	it('cuts a very long word', () => {
		expect(quote('x'.repeat(2000))).toBe(`“${'x'.repeat(40)}…”`);
	});
});

describe('quoteId', () => {
	it('quotes an id in straight quotes, shortening a long one', () => {
		expect(quoteId('n9')).toBe('"n9"');
		expect(quoteId('y'.repeat(100))).toBe(`"${'y'.repeat(39)}…"`);
	});
});
