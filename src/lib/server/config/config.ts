import { resolve } from 'node:path';

/** Where the embedded database lives: `DATABASE_PATH`, or `data/golden-thread.db` under the working folder. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.DATABASE_PATH || 'data/golden-thread.db');
}
