import type { RequestEvent } from '@sveltejs/kit';
import type { SessionOrigin, ValidSession } from './auth/session';
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

/**
 * Someone not signed in (setting up, signing in, following a link): the address the request came from,
 * and the browser's description of itself, which a session started for them keeps.
 */
export type Visitor = SessionOrigin;

/** Someone acting through a session (part-way or fully signed in), which the use case may end or replace. */
export interface SessionActor extends Actor, Visitor {
	sessionId: string;
}

/** Long enough to name any browser; a User-Agent can be many kilobytes, and is only a hint. */
const userAgentLength = 256;

/** The visitor behind a request. */
export function requestVisitor(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): Visitor {
	const userAgent = event.request.headers.get('user-agent');
	return { ip: event.getClientAddress(), userAgent: userAgent ? userAgent.slice(0, userAgentLength) : null };
}

/** The actor behind a signed-in request: its account and session, and where the request came from. */
export function sessionActor(
	auth: ValidSession,
	event: Pick<RequestEvent, 'request' | 'getClientAddress'>
): SessionActor {
	return { account: auth.account, sessionId: auth.session.id, ...requestVisitor(event) };
}
