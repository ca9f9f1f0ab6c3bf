import { createSession, sessionCookie } from '../../../src/lib/server/auth/session';
import { openDatabase } from '../../../src/lib/server/db/database';

/**
 * A fully signed-in session for every account in the database file, made through the app's own code,
 * as the cookie a browser would send to `origin`: account id → cookie.
 */
export async function staffSessions(path: string, origin: string): Promise<Map<string, string>> {
	const handle = openDatabase(path);
	try {
		const accounts = await handle.db.selectFrom('account').select('id').where('disabled_at', 'is', null).execute();
		const name = sessionCookie(new URL(origin)).name;
		const cookies = new Map<string, string>();
		for (const { id } of accounts)
			cookies.set(id, `${name}=${await createSession(handle.db, id, true, { ip: '127.0.0.1', userAgent: null })}`);
		return cookies;
	} finally {
		await handle.close();
	}
}
