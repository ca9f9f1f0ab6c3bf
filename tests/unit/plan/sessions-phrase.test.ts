import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/plan/plural';
import { sessionsPhrase } from '../../../src/lib/plan/sessions-phrase';

describe('the sessions of provision in words', () => {
	it.each([
		[1, undefined, '1 session'],
		[2, undefined, '2 sessions'],
		[1, 'week', '1 session a week'],
		[3, 'term', '3 sessions a term']
	] as const)('%i sessions %s is “%s”', (sessions, per, words) => {
		expect(sessionsPhrase(sessions, per)).toBe(words);
	});

	it('counts any noun, with its own plural when it is not an s', () => {
		expect(plural(1, 'minute')).toBe('1 minute');
		expect(plural(0, 'new note')).toBe('0 new notes');
		expect(plural(2, 'child', 'children')).toBe('2 children');
	});
});
