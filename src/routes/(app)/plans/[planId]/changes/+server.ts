import * as v from 'valibot';
import { requirePlanAccess } from '$lib/server/auth/access';
import { sessionCookie } from '$lib/server/auth/session';
import { latestPlanAuditId, mostChangesRead } from '$lib/server/db/plan-change-feed';
import { planChangeSignal } from '$lib/server/live/app-plan-change-signal';
import { readPlanChangeEvents } from '$lib/server/live/plan-change-events';
import { planChangeStream } from '$lib/server/live/plan-change-stream';
import { readerStillAllowed } from '$lib/server/live/readers-still-allowed';
import { openAccount } from '$lib/server/plans/account-context';
import type { RequestHandler } from './$types';

/** An audit row's id, as a browser sends back the last one it saw. */
const auditId = v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number));

/**
 * The plan's changes, live, for anyone who may see the plan (server-sent events; 404 for anyone else, as
 * the plan's pages). A browser that reconnects sends the last change it saw (`Last-Event-ID`) and is told
 * what it missed; a page just loaded says where it is (`after`); otherwise the stream starts from now.
 */
export const GET: RequestHandler = async (event) => {
	const { db, account } = openAccount(event);
	const { planId } = event.params;
	await requirePlanAccess(db, account, planId, 'view');
	const seen = v.safeParse(
		auditId,
		event.request.headers.get('last-event-id') ?? event.url.searchParams.get('after') ?? ''
	);
	const token = event.cookies.get(sessionCookie(event.url).name) ?? '';
	const stream = planChangeStream({
		signal: planChangeSignal(),
		planId,
		after: seen.success ? seen.output : await latestPlanAuditId(db, planId),
		batch: mostChangesRead,
		readChanges: (after) => readPlanChangeEvents(db, planId, after, account.id),
		stillAllowed: () => readerStillAllowed(db, { planId, token, accountId: account.id })
	});
	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-store',
			// A proxy that buffers would hold changes back until the stream ended.
			'X-Accel-Buffering': 'no'
		}
	});
};
