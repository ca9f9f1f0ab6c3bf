import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { startDatabase, stopDatabase } from '$lib/server/db/app-database';
import { securityHeaders } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	await startDatabase();
	process.once('sveltekit:shutdown', () => void stopDatabase());
};

export const handle: Handle = async ({ event, resolve }) => {
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
