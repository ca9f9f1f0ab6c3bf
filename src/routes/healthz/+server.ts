import { json } from '@sveltejs/kit';
import { databaseAnswers } from '$lib/server/health/database-answers';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export const GET: RequestHandler = async () => {
	const headers = { 'Cache-Control': 'no-store' };
	return (await databaseAnswers()) ? json({ ok: true }, { headers }) : json({ ok: false }, { status: 503, headers });
};
