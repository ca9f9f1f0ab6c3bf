import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { guardRoute } from '$lib/server/auth/guard';
import { deleteSessionCookie, sessionCookie, validateSessionToken } from '$lib/server/auth/session';
import { databaseLocation, databasePath } from '$lib/server/config/config';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import { isDatabaseBusy } from '$lib/server/db/database-busy';
import { startPlanChangeSignal, stopPlanChangeSignal } from '$lib/server/live/app-plan-change-signal';
import { endPlanChangeStreams } from '$lib/server/live/plan-change-stream';
import { admitRequest, retryAfterSeconds } from '$lib/server/load-shedding';
import { logNotFound } from '$lib/server/not-found-log';
import { crossSiteRequest } from '$lib/server/cross-site';
import { unreadableForm } from '$lib/server/readable-form';
import { closePdfPool } from '$lib/server/pdf/pool';
import { startRetentionJob, stopRetentionJob } from '$lib/server/retention/retention-job';
import { startSecretKey } from '$lib/server/secrets/app-secret-key';
import { securityHeaders } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	await startDatabase();
	await startSecretKey(database(), databasePath());
	await startPlanChangeSignal(databaseLocation(), database());
	startRetentionJob();
	// Open live streams would hold a stopping server's connections open until its shutdown timeout.
	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, endPlanChangeStreams);
	process.once(
		'sveltekit:shutdown',
		() => void Promise.all([closePdfPool(), stopPlanChangeSignal(), stopRetentionJob().then(stopDatabase)])
	);
};

const busyMessage = 'The service is busy. Wait a moment and try again.';

export const handle: Handle = async (input) => {
	const release = admitRequest();
	if (!release) return busy();
	try {
		return await handleAdmitted(input);
	} catch (error) {
		// Busy before any page was rendered (checking the session): the plain answer.
		if (isDatabaseBusy(error)) return busy();
		throw error;
	} finally {
		release();
	}
};

/** A 503 that asks the client to come back: the page rendered for it, or a plain message. */
function busy(response = new Response(busyMessage, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })) {
	const answer = new Response(response.body, { status: 503, headers: response.headers });
	answer.headers.set('Retry-After', String(retryAfterSeconds));
	answer.headers.set('Cache-Control', 'no-store');
	return answer;
}

const handleAdmitted: Handle = async ({ event, resolve }) => {
	// SvelteKit refuses cross-site form posts; this covers every other kind of request that changes data.
	if (crossSiteRequest(event.request, event.url)) error(403, 'Cross-site requests are not allowed');

	const token = event.cookies.get(sessionCookie(event.url).name);
	event.locals.auth = token ? await validateSessionToken(database(), token) : null;
	if (token && !event.locals.auth) deleteSessionCookie(event.cookies, event.url);

	guardRoute(event);
	const unreadable = await unreadableForm(event.request);
	if (unreadable) error(unreadable.status, unreadable.message);
	const response = await resolve(event);
	securityHeaders(event, response);
	if (response.status === 404) logNotFound(event.request.method, event.url, event.locals.auth?.account.id);
	// handleError saw the database busy: the page says so, and the status lets clients retry.
	return event.locals.databaseBusy ? busy(response) : response;
};

/** Unexpected errors: logged with a reference the user can quote; the page shows no stack trace or SQL. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (isDatabaseBusy(error)) {
		event.locals.databaseBusy = true;
		console.warn(`database busy: ${event.request.method} ${event.url.pathname}`);
		return { message: busyMessage };
	}
	const reference = randomUUID().slice(0, 8).toUpperCase();
	// A wrong address or method (404, 405) is the caller's mistake, logged as not-found or not at all.
	if (status >= 500) console.error(`[${reference}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: 'Sorry, something went wrong on our side.', reference };
};
