import { sql } from 'kysely';
import { database } from '../db/app-database';

/** Whether the database answers a trivial query: what the health check reports to load balancers. */
export async function databaseAnswers(): Promise<boolean> {
	try {
		await sql`SELECT 1`.execute(database());
		return true;
	} catch {
		return false;
	}
}
