import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { guardRoute } from '$lib/server/auth/guard';
import { deleteSessionCookie, sessionCookieName, validateSessionToken } from '$lib/server/auth/session';
import { database, startDatabase, stopDatabase } from '$lib/server/db/app-database';
import { crossSiteRequest } from '$lib/server/cross-site';
import { unreadableForm } from '$lib/server/readable-form';
import { closePdfPool } from '$lib/server/pdf/pool';
import { startRetentionJob, stopRetentionJob } from '$lib/server/retention/retention-job';
import { securityHeaders } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	await startDatabase();
	startRetentionJob();
	process.once('sveltekit:shutdown', () => void Promise.all([closePdfPool(), stopRetentionJob().then(stopDatabase)]));
};

export const handle: Handle = async ({ event, resolve }) => {
	// SvelteKit refuses cross-site form posts; this covers every other kind of request that changes data.
	if (crossSiteRequest(event.request, event.url)) error(403, 'Cross-site requests are not allowed');

	const token = event.cookies.get(sessionCookieName);
	event.locals.auth = token ? await validateSessionToken(database(), token) : null;
	if (token && !event.locals.auth) deleteSessionCookie(event.cookies, event.url);

	guardRoute(event);
	const unreadable = await unreadableForm(event.request);
	if (unreadable) error(unreadable.status, unreadable.message);
	const response = await resolve(event);
	securityHeaders(event, response);
	return response;
};

/** Unexpected errors: logged with a reference the user can quote; the page shows no stack trace or SQL. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const reference = randomUUID().slice(0, 8).toUpperCase();
	if (status !== 404) console.error(`[${reference}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: 'Sorry, something went wrong on our side.', reference };
};
