import type { ValidSession } from './auth/session';
import type { Account } from './db/accounts';

/**
 * Who does something, as a use case needs to know it: their account (already checked by the route:
 * this is the access decision) and the address the request came from, for the audit log.
 */
export interface Actor<A extends Account = Account> {
	account: A;
	ip: string;
}

/** A member of an organisation's staff: an account that belongs to one. */
export type StaffAccount = Account & { organisation_id: string };

/** Someone not signed in (setting up, signing in, accepting an invitation): only their address is known. */
export type Visitor = Pick<Actor, 'ip'>;

/** Someone acting through a session (part-way or fully signed in), which the use case may end or replace. */
export interface SessionActor extends Actor {
	sessionId: string;
}

/** The actor behind a signed-in request: its account and session, and the address it came from. */
export function sessionActor(auth: ValidSession, ip: string): SessionActor {
	return { account: auth.account, sessionId: auth.session.id, ip };
}
