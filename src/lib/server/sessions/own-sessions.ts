import type { SessionActor } from '../actor';
import { listAccountSessions } from '../auth/session';
import { database } from '../db/app-database';
import { deviceName } from './device-name';

/**
 * Where the signed-in person is signed in, as their account page lists it: the session they are using
 * first, then the others, most recently active first. Their own sessions only.
 */
export async function readOwnSessions(actor: Pick<SessionActor, 'account' | 'sessionId'>) {
	const sessions = await listAccountSessions(database(), actor.account.id);
	return sessions
		.map((session) => ({
			id: session.id,
			device: deviceName(session.user_agent),
			ip: session.ip,
			signedInAt: session.created_at,
			lastSeenAt: session.last_active_at,
			/** Part-way: the password was right but the code has not been entered (yet). */
			partWay: session.two_factor_verified === 0,
			current: session.id === actor.sessionId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current));
}
