import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { isPostgres } from './dialect';
import { landedMigrationsOnPostgres } from './landed-migrations-on-postgres';

export class MigrationError extends Error {}

/**
 * Brings the database up to the newest migration. Kysely runs each migration in a transaction, so a
 * migration that fails leaves the database as it was; the error names it in plain words.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, provider: MigrationProvider): Promise<string[]> {
	const migrator = new Migrator({
		db: isPostgres(db) ? db.withPlugin(landedMigrationsOnPostgres) : db,
		provider
	});
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((result) => result.status === 'Error');
	if (error) {
		const which = failed ? `migration "${failed.migrationName}"` : 'the migrations';
		const reason = error instanceof Error ? error.message : String(error);
		throw new MigrationError(`The database could not be updated: ${which} failed (${reason}). Nothing was changed.`);
	}
	return (results ?? []).map((result) => result.migrationName);
}
