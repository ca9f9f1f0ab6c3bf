import { describe, expect, it } from 'vitest';
import { findingCountInWords } from '../../../src/lib/thread-view/finding-count';

const error = { severity: 'error' } as const;
const warning = { severity: 'warning' } as const;

describe('findingCountInWords', () => {
	it('says nothing when there is nothing to say', () => {
		expect(findingCountInWords([])).toBe('');
	});
	it('counts checks and problems apart, one or many', () => {
		expect(findingCountInWords([warning])).toBe('1 thing to check');
		expect(findingCountInWords([warning, warning])).toBe('2 things to check');
		expect(findingCountInWords([error])).toBe('1 problem');
		expect(findingCountInWords([warning, error, error])).toBe('2 problems and 1 thing to check');
	});
});
