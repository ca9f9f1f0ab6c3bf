import { afterEach, beforeEach, expect, it } from 'vitest';
import {
	markSignInAttemptSucceeded,
	maxFailures,
	reserveSignInAttempt,
	signInBlocked,
	windowMs
} from '$lib/server/auth/rate-limit';
import { setClock } from '$lib/server/clock/clock';
import { createTempDatabase, type TempDatabase } from './support/temp-database';

let temp: TempDatabase;
let clock = Date.parse('2026-11-22T09:00:00Z');
beforeEach(async () => {
	temp = await createTempDatabase();
	clock = Date.parse('2026-11-22T09:00:00Z');
	setClock(() => new Date(clock));
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

it('blocks an account after 10 failures in 5 minutes, from any address, and leaves other accounts alone', async () => {
	for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'a@example.org', `198.51.100.${i}`);
	expect(await signInBlocked(temp.db, 'a@example.org', '198.51.100.200')).toBe(true);
	expect(await signInBlocked(temp.db, 'b@example.org', '198.51.100.201')).toBe(false);
});

it('blocks an address after 10 failures in 5 minutes, whichever accounts they named', async () => {
	for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, `user${i}@example.org`, '203.0.113.7');
	expect(await signInBlocked(temp.db, 'new@example.org', '203.0.113.7')).toBe(true);
	expect(await signInBlocked(temp.db, 'new@example.org', '203.0.113.8')).toBe(false);
});

it('does not count successes, nor failures older than 5 minutes', async () => {
	for (let i = 0; i < maxFailures - 1; i++) await reserveSignInAttempt(temp.db, 'a@example.org', '203.0.113.9');
	for (let i = 0; i < 5; i++)
		await markSignInAttemptSucceeded(temp.db, (await reserveSignInAttempt(temp.db, 'a@example.org', '203.0.113.9'))!);
	expect(await signInBlocked(temp.db, 'a@example.org', '203.0.113.9')).toBe(false);
	await reserveSignInAttempt(temp.db, 'a@example.org', '203.0.113.9');
	expect(await signInBlocked(temp.db, 'a@example.org', '203.0.113.9')).toBe(true);
	clock += windowMs + 1000;
	expect(await signInBlocked(temp.db, 'a@example.org', '203.0.113.9')).toBe(false);
});

it('lets an install raise the limit per address, but never the limit per account', async () => {
	process.env.SIGN_IN_ADDRESS_LIMIT = '50';
	try {
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, `user${i}@example.org`, '203.0.113.10');
		expect(await signInBlocked(temp.db, 'new@example.org', '203.0.113.10')).toBe(false);
		for (let i = 0; i < maxFailures; i++) await reserveSignInAttempt(temp.db, 'one@example.org', `203.0.113.${20 + i}`);
		expect(await signInBlocked(temp.db, 'one@example.org', '203.0.113.99')).toBe(true);
	} finally {
		delete process.env.SIGN_IN_ADDRESS_LIMIT;
	}
});
