import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { database } from '$lib/server/db/app-database';
import type { RequestHandler } from './$types';

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export const GET: RequestHandler = async () => {
	const headers = { 'Cache-Control': 'no-store' };
	try {
		await sql`SELECT 1`.execute(database());
		return json({ ok: true }, { headers });
	} catch {
		return json({ ok: false }, { status: 503, headers });
	}
};
