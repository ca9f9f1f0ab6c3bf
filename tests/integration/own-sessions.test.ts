import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endSessionSchema } from '$lib/forms/sessions';
import { idleTimeoutMs, validateSessionToken } from '$lib/server/auth/session';
import { setClock } from '$lib/server/clock/clock';
import { endOtherSessions } from '$lib/server/sessions/end-other-sessions';
import { endSession } from '$lib/server/sessions/end-session';
import { readOwnSessions } from '$lib/server/sessions/own-sessions';
import { seedAccount, seedOrganisation, signedIn, visitorAt } from './support/accounts';
import { startTempAppDatabase, type TempAppDatabase } from './support/app-database';
import { auditRows, expectUndoneWithoutAuditRow, expectWritesNothing } from './support/audit';

let temp: TempAppDatabase;
let clock: number;
const minutes = (n: number) => n * 60 * 1000;
const laptop = visitorAt('192.0.2.70');
const phone = {
	ip: '198.51.100.23',
	userAgent:
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36'
};

beforeEach(async () => {
	temp = await startTempAppDatabase();
	clock = Date.parse('2027-03-14T10:05:00Z');
	setClock(() => new Date(clock));
	await seedOrganisation(temp.db, 'org');
	await seedAccount(temp.db, { id: 'tom', organisationId: 'org', role: 'practitioner' });
	await seedAccount(temp.db, { id: 'ada', organisationId: 'org', role: 'admin' });
	await seedAccount(temp.db, { id: 'family', organisationId: null, role: null });
});
afterEach(async () => {
	setClock(() => new Date());
	await temp.dispose();
});

const ending = (sessionId: string) => v.parse(endSessionSchema, { sessionId });

describe('one’s own sessions', () => {
	it('are listed with the device, address and times, this one first and marked, and nobody else’s', async () => {
		const onPhone = await signedIn(temp.db, 'tom', phone);
		clock += minutes(10);
		const here = await signedIn(temp.db, 'tom', laptop);
		clock += minutes(1);
		const partWay = await signedIn(temp.db, 'tom', laptop, false);
		await signedIn(temp.db, 'ada', laptop);

		expect(await readOwnSessions(here)).toEqual([
			{
				id: here.sessionId,
				device: 'Firefox on Windows',
				ip: '192.0.2.70',
				signedInAt: '2027-03-14T10:15:00.000Z',
				lastSeenAt: '2027-03-14T10:15:00.000Z',
				partWay: false,
				current: true
			},
			{
				id: partWay.sessionId,
				device: 'Firefox on Windows',
				ip: '192.0.2.70',
				signedInAt: '2027-03-14T10:16:00.000Z',
				lastSeenAt: '2027-03-14T10:16:00.000Z',
				partWay: true,
				current: false
			},
			{
				id: onPhone.sessionId,
				device: 'Chrome on Android',
				ip: '198.51.100.23',
				signedInAt: '2027-03-14T10:05:00.000Z',
				lastSeenAt: '2027-03-14T10:05:00.000Z',
				partWay: false,
				current: false
			}
		]);
	});

	it('leave out sessions that have timed out but are still stored', async () => {
		await signedIn(temp.db, 'tom', phone);
		clock += idleTimeoutMs;
		const here = await signedIn(temp.db, 'tom', laptop);
		expect((await readOwnSessions(here)).map((session) => session.id)).toEqual([here.sessionId]);
	});
});

describe('signing out one other session', () => {
	it('ends it, keeps this one, and records it without naming the session', async () => {
		const onPhone = await signedIn(temp.db, 'tom', phone);
		const here = await signedIn(temp.db, 'tom', laptop);
		expect(await endSession(ending(onPhone.sessionId), here)).toEqual({ ok: true });
		expect(await validateSessionToken(temp.db, onPhone.token)).toBeNull();
		expect(await validateSessionToken(temp.db, here.token)).not.toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{ organisation_id: 'org', account_id: 'tom', plan_id: null, action: 'session.ended', item: null, ip: laptop.ip }
		]);
	});

	it('works for a family member too', async () => {
		const onPhone = await signedIn(temp.db, 'family', phone);
		const here = await signedIn(temp.db, 'family', laptop);
		expect(await endSession(ending(onPhone.sessionId), here)).toEqual({ ok: true });
		expect((await auditRows(temp.db)).map((row) => [row.organisation_id, row.account_id, row.action])).toEqual([
			[null, 'family', 'session.ended']
		]);
	});

	it('refuses another person’s session, which carries on, and writes nothing', async () => {
		const theirs = await signedIn(temp.db, 'ada', phone);
		const here = await signedIn(temp.db, 'tom', laptop);
		await expectWritesNothing(temp.db, () => endSession(ending(theirs.sessionId), here), {
			ok: false,
			reason: 'not-found'
		});
		expect(await validateSessionToken(temp.db, theirs.token)).not.toBeNull();
	});

	it('refuses the session in use (that is signing out) and an unknown one, and writes nothing', async () => {
		const here = await signedIn(temp.db, 'tom', laptop);
		for (const sessionId of [here.sessionId, 'no-such-session']) {
			await expectWritesNothing(temp.db, () => endSession(ending(sessionId), here), {
				ok: false,
				reason: 'not-found'
			});
		}
	});

	it('keeps it when its audit row cannot be written', async () => {
		const onPhone = await signedIn(temp.db, 'tom', phone);
		const here = await signedIn(temp.db, 'tom', laptop);
		await expectUndoneWithoutAuditRow(temp.db, () => endSession(ending(onPhone.sessionId), here));
	});
});

describe('signing out every other session', () => {
	it('ends all of one’s own but this one, leaves other people’s, and records it', async () => {
		const onPhone = await signedIn(temp.db, 'tom', phone);
		const partWay = await signedIn(temp.db, 'tom', phone, false);
		const theirs = await signedIn(temp.db, 'ada', phone);
		const here = await signedIn(temp.db, 'tom', laptop);
		expect(await endOtherSessions(here)).toEqual({ ok: true, ended: 2 });
		expect(await validateSessionToken(temp.db, onPhone.token)).toBeNull();
		expect(await validateSessionToken(temp.db, partWay.token)).toBeNull();
		expect(await validateSessionToken(temp.db, theirs.token)).not.toBeNull();
		expect(await validateSessionToken(temp.db, here.token)).not.toBeNull();
		expect(await auditRows(temp.db)).toEqual([
			{
				organisation_id: 'org',
				account_id: 'tom',
				plan_id: null,
				action: 'sessions.ended-others',
				item: null,
				ip: laptop.ip
			}
		]);
	});

	it('records nothing when there is no other session', async () => {
		const here = await signedIn(temp.db, 'tom', laptop);
		await expectWritesNothing(temp.db, () => endOtherSessions(here), { ok: true, ended: 0 });
	});

	it('keeps them when its audit row cannot be written', async () => {
		await signedIn(temp.db, 'tom', phone);
		const here = await signedIn(temp.db, 'tom', laptop);
		await expectUndoneWithoutAuditRow(temp.db, () => endOtherSessions(here));
	});
});
