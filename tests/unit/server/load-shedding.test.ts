import { afterEach, expect, it } from 'vitest';
import { admitRequest } from '../../../src/lib/server/load-shedding';

afterEach(() => {
	delete process.env.MAX_CONCURRENT_REQUESTS;
});

it('admits up to the limit at once, refuses the next, and admits again once a place is released (once only)', () => {
	process.env.MAX_CONCURRENT_REQUESTS = '2';
	const first = admitRequest();
	const second = admitRequest();
	expect(first).not.toBeNull();
	expect(second).not.toBeNull();
	expect(admitRequest()).toBeNull();
	first!();
	first!();
	const third = admitRequest();
	expect(third).not.toBeNull();
	expect(admitRequest()).toBeNull();
	second!();
	third!();
});
